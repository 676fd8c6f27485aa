extension HTTPResponder {
    /// Answers with `head` and then a body written over time through the returned stream (Server-Sent
    /// Events and the like). `Transfer-Encoding: chunked` is set on the head and any `Content-Length`
    /// or body in it is dropped; neither the idle nor the request time-out applies while the stream
    /// is open. `onClose` runs once when the connection closes, however that happens (the client went
    /// away, ``HTTPResponseStream/finish()``, a server shutdown), or at once when an answer had already
    /// been given. A HEAD request gets the head only and the connection then closes.
    public func stream(_ head: HTTPResponse, onClose: (@Sendable () -> Void)? = nil) -> HTTPResponseStream {
        let stream = HTTPResponseStream(connection: connection, onClose: onClose)
        var head = head
        head.body = []
        head.headers["Content-Length"] = nil
        head.headers["Transfer-Encoding"] = "chunked"
        if !deliverStream(head, stream) { stream.connectionClosed() }
        return stream
    }
}
