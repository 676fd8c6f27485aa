/// The `Result` codes the fake answers, each with its `ResultText`.
///
/// The seed gives only the ranges: `"0000"` success, `"2001"`–`"2010"` authentication errors,
/// `"2011"`–`"2100"` sending errors. Which code means which failure is **assumed** (no public
/// document lists them, `provider-facts.md` § rox): the fake answers each distinct failure with one
/// stable code, and the specs that rely on a code say so.
///
/// Codes 2011–2034 refuse the whole request (the answer has no `Messages`); codes from 2041 refuse
/// one numbered message and appear as that message's `Result` while the others are queued.
public enum RoxResultCode: String, Sendable, CaseIterable {
    /// The request was accepted (top level) or the message was queued (per message).
    case success = "0000"

    // MARK: Authentication (2001–2010)

    /// `Sender` is missing or not an object.
    case senderMissing = "2001"
    /// `Sender.AccountId` is missing, empty or not a string.
    case accountIDMissing = "2002"
    /// `Sender.Username` is missing, empty or not a string.
    case usernameMissing = "2003"
    /// `Sender.Password` is missing, empty or not a string.
    case passwordMissing = "2004"
    /// No account has that AccountId.
    case unknownAccount = "2005"
    /// The Username is not the account's registered user.
    case unknownUser = "2006"
    /// The Password is not the user's.
    case wrongPassword = "2007"
    /// The account exists and the credentials match, but it is disabled.
    case accountDisabled = "2008"

    // MARK: Sending errors refusing the request (2011–2033)

    /// The body is not a JSON object.
    case malformedRequest = "2011"
    /// `Name` is missing or not `ROX_API_Request`.
    case wrongName = "2012"
    /// `Version` is missing.
    case versionMissing = "2013"
    /// `Version` is not `1.1`.
    case versionUnsupported = "2014"
    /// `Product` is missing, empty or not a string.
    case productMissing = "2015"
    /// `Messages` is missing or not an object.
    case messagesMissing = "2016"
    /// `Messages.ReceiptFlag` is missing.
    case receiptFlagMissing = "2017"
    /// `Messages.ReceiptFlag` is not 0, 1 or 2.
    case receiptFlagInvalid = "2018"
    /// `Messages.ReceiptCallbackURL` is absent while ReceiptFlag is 1 or 2.
    case receiptCallbackURLMissing = "2019"
    /// `Messages.ReceiptCallbackURL` is neither null nor an http(s) URL.
    case receiptCallbackURLInvalid = "2020"
    /// `Messages.ReplyType` is missing.
    case replyTypeMissing = "2021"
    /// `Messages.ReplyType` is not E, S, B or H.
    case replyTypeInvalid = "2022"
    /// `Messages.ReplyCallbackURL` is absent while ReplyType is H.
    case replyCallbackURLMissing = "2023"
    /// `Messages.ReplyCallbackURL` is neither null nor an http(s) URL.
    case replyCallbackURLInvalid = "2024"
    /// `Messages.TimeZoneOffset` is missing.
    case timeZoneOffsetMissing = "2025"
    /// `Messages.TimeZoneOffset` is not whole minutes in -840…720.
    case timeZoneOffsetInvalid = "2026"
    /// `Messages.SendLater` is not a `dd-MMM-yyyy HH:mm:ss` date.
    case sendLaterInvalid = "2027"
    /// `Messages.GlobalText` is given but not a non-empty string.
    case globalTextInvalid = "2028"
    /// `Messages.Count` is missing.
    case countMissing = "2029"
    /// `Messages.Count` is not a whole number from 1 to 500.
    case countOutOfRange = "2030"
    /// `Messages.Count` differs from the number of message objects.
    case countMismatch = "2031"
    /// The message objects are not numbered "1", "2", … in order without gaps.
    case messagesNotNumbered = "2032"
    /// A numbered message is not an object.
    case messageNotObject = "2033"
    /// The body is larger than ``RoxProvider/maxRequestBytes`` (answered before it is read).
    case requestTooLarge = "2034"

    // MARK: Sending errors refusing one message (2041–2046)

    /// The message's `DestTn` is missing, empty or not a string.
    case destTnMissing = "2041"
    /// The message's `DestTn` is not a phone number.
    case destTnInvalid = "2042"
    /// The message has no `SMSText` (a non-empty string) and there is no `GlobalText`.
    case smsTextMissing = "2043"
    /// The text needs more than five SMS parts.
    case textTooLong = "2044"
    /// The message's `DestName` is neither a string nor null.
    case destNameInvalid = "2045"
    /// The message's `DestEmail` is neither a string nor null.
    case destEmailInvalid = "2046"

    /// The `ResultText` answered with the code.
    public var text: String {
        switch self {
        case .success: "Success"
        case .senderMissing: "Authentication failed: Sender is required (an object with AccountId, Username and Password)."
        case .accountIDMissing: "Authentication failed: Sender.AccountId is required."
        case .usernameMissing: "Authentication failed: Sender.Username is required."
        case .passwordMissing: "Authentication failed: Sender.Password is required."
        case .unknownAccount: "Authentication failed: unknown AccountId."
        case .unknownUser: "Authentication failed: Username is not a registered user of this account."
        case .wrongPassword: "Authentication failed: wrong Password."
        case .accountDisabled: "Authentication failed: the account is disabled."
        case .malformedRequest: "The request body is not a valid JSON object."
        case .wrongName: "Name must be ROX_API_Request."
        case .versionMissing: "Version is required."
        case .versionUnsupported: "Version is not supported; use 1.1."
        case .productMissing: "Product is required."
        case .messagesMissing: "Messages is required (an object)."
        case .receiptFlagMissing: "Messages.ReceiptFlag is required."
        case .receiptFlagInvalid: "Messages.ReceiptFlag must be 0, 1 or 2."
        case .receiptCallbackURLMissing: "Messages.ReceiptCallbackURL is required when ReceiptFlag is 1 or 2."
        case .receiptCallbackURLInvalid: "Messages.ReceiptCallbackURL must be an http or https URL, or null."
        case .replyTypeMissing: "Messages.ReplyType is required."
        case .replyTypeInvalid: "Messages.ReplyType must be E, S, B or H."
        case .replyCallbackURLMissing: "Messages.ReplyCallbackURL is required when ReplyType is H."
        case .replyCallbackURLInvalid: "Messages.ReplyCallbackURL must be an http or https URL, or null."
        case .timeZoneOffsetMissing: "Messages.TimeZoneOffset is required."
        case .timeZoneOffsetInvalid: "Messages.TimeZoneOffset must be whole minutes from -840 to 720 (UTC+10:00 = -600)."
        case .sendLaterInvalid: "Messages.SendLater must be a date as dd-MMM-yyyy HH:mm:ss, e.g. 01-Jan-2030 00:00:01."
        case .globalTextInvalid: "Messages.GlobalText must be a non-empty string."
        case .countMissing: "Messages.Count is required."
        case .countOutOfRange: "Messages.Count must be a whole number from 1 to 500."
        case .countMismatch: "Messages.Count does not equal the number of message objects."
        case .messagesNotNumbered: "Message objects must be numbered \"1\", \"2\", ... in order, without gaps."
        case .messageNotObject: "Each numbered message must be an object."
        case .requestTooLarge: "The request body is larger than 8388608 bytes (8 MiB); send at most 500 messages per request."
        case .destTnMissing: "DestTn is required."
        case .destTnInvalid: "DestTn is not a valid phone number."
        case .smsTextMissing: "SMSText is required unless GlobalText is given."
        case .textTooLong: "The message text is too long: at most 5 SMS parts (765 GSM characters, 335 Unicode)."
        case .destNameInvalid: "DestName must be a string."
        case .destEmailInvalid: "DestEmail must be a string."
        }
    }

    /// Whether the code is an authentication error (2001–2010).
    public var isAuthentication: Bool { ("2001"..."2010").contains(rawValue) }

    /// Whether the code refuses one message rather than the request.
    public var refusesOneMessage: Bool { rawValue >= "2041" }
}
