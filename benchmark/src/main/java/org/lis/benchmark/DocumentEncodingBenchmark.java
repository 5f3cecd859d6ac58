package org.lis.benchmark;

import com.mongodb.MongoClientSettings;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;
import org.lis.support.mongo.DirectDocumentCodec;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * What writing a document costs the driver with its own {@code Document} codec and with {@link DirectDocumentCodec},
 * the services' codec: time and bytes allocated a document, for documents shaped like the partner list's (a
 * registration: its classification twice, its history). The two codecs take turns, round after round, in one JVM;
 * the figures are the medians of the rounds after the first {@code bench.warmup}. Sizes: {@code bench.documents}
 * (1,000), {@code bench.rounds} (20), {@code bench.warmup} (5), {@code bench.passes} (100 passes over the documents a
 * round).
 */
public final class DocumentEncodingBenchmark {

    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 1_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int PASSES = Integer.getInteger("bench.passes", 100);
    private static final EncoderContext TO_STORE = EncoderContext.builder().isEncodingCollectibleDocument(true).build();

    private DocumentEncodingBenchmark() {
    }

    public static void main(String[] args) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(PartnerDocuments.registered(i));
        }
        Codec<Document> driver = codec(MongoClientSettings.getDefaultCodecRegistry());
        Codec<Document> direct = codec(DirectDocumentCodec.registry());
        double[][] driverRounds = new double[2][ROUNDS];
        double[][] directRounds = new double[2][ROUNDS];
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            double[] first = encode(driver, documents);
            double[] second = encode(direct, documents);
            if (round >= WARMUP) {
                for (int figure = 0; figure < 2; figure++) {
                    driverRounds[figure][round - WARMUP] = first[figure];
                    directRounds[figure][round - WARMUP] = second[figure];
                }
            }
        }
        double driverTime = Medians.of(driverRounds[0]);
        double directTime = Medians.of(directRounds[0]);
        System.out.printf("ENCODE %d documents of %d bytes, %d passes a round, medians of %d rounds%n", DOCUMENTS,
                size(documents.get(0)), PASSES, ROUNDS);
        System.out.printf("ENCODE driver's codec: %.2f us a document, %.0f bytes allocated%n", driverTime,
                Medians.of(driverRounds[1]));
        System.out.printf("ENCODE DirectDocumentCodec: %.2f us a document, %.0f bytes allocated%n", directTime,
                Medians.of(directRounds[1]));
        System.out.printf("ENCODE DirectDocumentCodec takes %.2f times the driver's time and %.2f times its allocation%n",
                directTime / driverTime, Medians.of(directRounds[1]) / Medians.of(driverRounds[1]));
    }

    /** The codec a collection of a client with this registry writes documents with. */
    private static Codec<Document> codec(CodecRegistry registry) {
        return registry.get(Document.class);
    }

    /** Microseconds and bytes allocated a document, over {@link #PASSES} passes, each into a fresh buffer. */
    private static double[] encode(Codec<Document> codec, List<Document> documents) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        long written = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            for (Document document : documents) {
                BasicOutputBuffer buffer = new BasicOutputBuffer();
                codec.encode(new BsonBinaryWriter(buffer), document, TO_STORE);
                written += buffer.getPosition();
            }
        }
        double count = (double) PASSES * documents.size();
        if (written == 0) {
            throw new IllegalStateException("nothing written");
        }
        return new double[]{(System.nanoTime() - start) / 1_000.0 / count,
                (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / count};
    }

    private static int size(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        codec(MongoClientSettings.getDefaultCodecRegistry()).encode(new BsonBinaryWriter(buffer), document, TO_STORE);
        return buffer.getPosition();
    }
}
