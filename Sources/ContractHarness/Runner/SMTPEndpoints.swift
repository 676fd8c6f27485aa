import Wire

/// Reads `smtp://host:port` target URLs.
enum SMTPEndpoints {
    static func parse(_ url: String) throws(TransportError) -> SMTPEndpoint {
        do {
            return try SMTPEndpoint(url: url)
        } catch {
            throw TransportError(message: "\"\(url)\" is not an smtp://host:port URL: \(error)")
        }
    }
}
