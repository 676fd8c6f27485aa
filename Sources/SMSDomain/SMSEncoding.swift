/// The character encoding an SMS is sent in.
public enum SMSEncoding: String, Sendable, Equatable, CaseIterable {
    /// The GSM 03.38 7-bit default alphabet with its extension table.
    case gsm7
    /// UCS-2 (UTF-16 code units), for any text outside the GSM alphabet.
    case ucs2
}
