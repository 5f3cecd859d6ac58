package org.lis.support.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;

/**
 * One HTTP/1.1 connection's part in a stop ({@link ConnectionsCloseOnStop}): once told the application is stopping,
 * the connection closes as soon as no request on it is being answered, and the responses it still sends say
 * {@code Connection: close}, so the client opens its next request elsewhere. Sits right after the HTTP codec, where
 * it sees each request come in and each response end.
 */
final class CloseWhenAnswered extends ChannelDuplexHandler {

    static final String NAME = "lis.closeWhenAnswered";
    /** The user event that tells a connection the application is stopping. */
    static final Object STOPPING = new Object();

    /** Requests passed on whose response has not been written to the end yet. */
    private int unanswered;
    private boolean closing;

    CloseWhenAnswered(boolean stopping) {
        this.closing = stopping;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest) {
            unanswered++;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (closing && HttpAnswers.isAnswerHead(msg)) {
            ((HttpResponse) msg).headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        ctx.write(msg, promise);
        if (HttpAnswers.endsAnAnswer(msg) && unanswered > 0 && --unanswered == 0 && closing) {
            closeWhenWritten(ctx);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event != STOPPING) {
            super.userEventTriggered(ctx, event);
            return;
        }
        if (!closing) {
            closing = true;
            if (unanswered == 0) {
                closeWhenWritten(ctx);
            }
        }
    }

    /** Closes once everything written before is on its way: an empty write completes after them. */
    private static void closeWhenWritten(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }
}
