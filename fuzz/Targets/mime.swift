// Fuzz target: the MIME parser (headers, RFC 2047 words, multipart, quoted-printable, base64) and what the
// fakes read from a parsed message.
import MailFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMIME(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let message = try? MailParser.parse(bytes) else { return 0 }
    _ = (message.from, message.subject, message.textBody)
    for attachment in message.attachments {
        _ = try? CSVReader.parse(attachment.data)
    }
    return 0
}
