package org.lis.support.web;

import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;

/** What the handlers right after the HTTP codec need to tell of the messages a connection writes. */
final class HttpAnswers {

    private HttpAnswers() {
    }

    /** The head of a response that answers a request. */
    static boolean isAnswerHead(Object written) {
        return written instanceof HttpResponse && !isInterim(written);
    }

    /** The end of a response that answers a request. */
    static boolean endsAnAnswer(Object written) {
        return written instanceof LastHttpContent && !isInterim(written);
    }

    /** An interim response (100 Continue): another follows it for the same request. */
    private static boolean isInterim(Object written) {
        return written instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
    }
}
