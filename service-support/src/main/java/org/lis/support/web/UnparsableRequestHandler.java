package org.lis.support.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.lis.support.error.ProblemWriter;
import org.springframework.http.ProblemDetail;

/**
 * Answers, in problem+json, the requests that never reach the application: those Netty could not
 * decode (headers over the limit, a request line over the limit, a malformed header) and those whose
 * target is no URI (which Spring would answer with an empty 400). The connection is then closed, as
 * what follows such a request on it cannot be told apart from its unread rest.
 * <p>
 * Reactor Netty answers decoding failures itself, but hands its answer to the operations still bound
 * to the channel; on a keep-alive connection those can be the previous request's, already answered,
 * which drop it, and the client then waits for ever. So these requests stop here, before Reactor
 * Netty's HTTP handler, and the answer is written straight to the codec: at once when no earlier
 * request on the connection is still being answered, or else right after the last of those answers.
 */
final class UnparsableRequestHandler extends ChannelDuplexHandler {

    static final String NAME = "lis.unparsableRequestHandler";

    /** An earlier response that never finishes (a stream) must not keep a refused connection open. */
    private static final long WAIT_FOR_EARLIER_SECONDS = 30;
    /** Time for the client to read the answer and close before the server does. */
    private static final long LINGER_SECONDS = 2;

    private final ProblemWriter problems;
    private final long maxHeaderBytes;

    /** Requests passed on whose response has not been written to the end yet. */
    private int unanswered;
    private boolean refused;
    private FullHttpResponse refusal;

    UnparsableRequestHandler(ProblemWriter problems, long maxHeaderBytes) {
        this.problems = problems;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (refused) {
            ReferenceCountUtil.release(msg);
            ctx.read();
            return;
        }
        if (msg instanceof HttpRequest request) {
            ProblemDetail problem = problemOf(request);
            if (problem != null) {
                ReferenceCountUtil.release(msg);
                refuse(ctx, problem);
                return;
            }
            unanswered++;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        boolean endsAResponse = HttpAnswers.endsAnAnswer(msg);
        ctx.write(msg, promise);
        if (endsAResponse && unanswered > 0 && --unanswered == 0 && refusal != null) {
            sendRefusal(ctx);
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (refusal != null) {
            refusal.release();
            refusal = null;
        }
    }

    private ProblemDetail problemOf(HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            return UnparsableRequests.decodingFailure(request.decoderResult().cause(), maxHeaderBytes);
        }
        return UnparsableRequests.invalidTarget(request.uri());
    }

    private void refuse(ChannelHandlerContext ctx, ProblemDetail problem) {
        refused = true;
        refusal = response(problem);
        if (unanswered == 0) {
            sendRefusal(ctx);
        } else {
            closeAfter(ctx, WAIT_FOR_EARLIER_SECONDS);
        }
        ctx.read();
    }

    /** Answers, then half-closes: the client reads the answer to its end, the rest of its request is drained. */
    private void sendRefusal(ChannelHandlerContext ctx) {
        FullHttpResponse response = refusal;
        refusal = null;
        ctx.writeAndFlush(response).addListener(written -> {
            if (written.isSuccess() && ctx.channel() instanceof DuplexChannel duplex) {
                duplex.shutdownOutput();
                closeAfter(ctx, LINGER_SECONDS);
            } else {
                ctx.close();
            }
        });
    }

    private static void closeAfter(ChannelHandlerContext ctx, long seconds) {
        Runnable close = ctx::close;
        ctx.executor().schedule(close, seconds, TimeUnit.SECONDS);
    }

    private FullHttpResponse response(ProblemDetail problem) {
        byte[] body;
        try {
            body = problems.json(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(problem.getStatus()), Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }
}
