/// One state of an SMS as an iovox delivery receipt reports it (seed 004, "Delivery Receipts"):
/// `status`, with the raw receipt as `delivery_status` (text) and `status_reason` (number).
///
/// The seed gives two pairs: `smsc submit` / `8` (ACKNOWLEDGED) and `delivery success` / `1`
/// (DELIVERED); provider-facts.md § iovox: other codes UNCONFIRMED. They are Kannel's DLR types
/// (1 delivery success, 2 delivery failure, 4 buffered, 8 smsc submit, 16 smsc reject, 34 expired),
/// so the fake's other pairs (*assumed*) are taken from the same table.
struct IovoxReceiptStatus: Sendable, Equatable {
    /// `ACKNOWLEDGED`, `DELIVERED`, `FAILED`, `BUFFERED` or `EXPIRED`.
    var status: String
    /// The raw receipt as text, e.g. `smsc submit`.
    var deliveryStatus: String
    /// The raw receipt as a number, e.g. `8`.
    var statusReason: String

    /// The SMS center accepted the message (seed example).
    static let acknowledged = IovoxReceiptStatus(status: "ACKNOWLEDGED", deliveryStatus: "smsc submit", statusReason: "8")
    /// Delivered to the handset (seed example).
    static let delivered = IovoxReceiptStatus(status: "DELIVERED", deliveryStatus: "delivery success", statusReason: "1")
    /// *Assumed*: the network could not deliver it (Kannel 2).
    static let failed = IovoxReceiptStatus(status: "FAILED", deliveryStatus: "delivery failure", statusReason: "2")
    /// *Assumed*: the SMS center refused it (Kannel 16).
    static let rejected = IovoxReceiptStatus(status: "FAILED", deliveryStatus: "smsc reject", statusReason: "16")
    /// *Assumed*: buffered for a later attempt (Kannel 4).
    static let buffered = IovoxReceiptStatus(status: "BUFFERED", deliveryStatus: "message buffered", statusReason: "4")
    /// *Assumed*: not delivered within `expiry` (or the network's validity period). The seed's
    /// receipt status list stops at BUFFERED, but its `expiry` node says the SMS "will be marked as
    /// EXPIRED" and its failover node names FAILED/EXPIRED as states, so the status is `EXPIRED`;
    /// the reason is Kannel's expired type (0x22).
    static let expired = IovoxReceiptStatus(status: "EXPIRED", deliveryStatus: "expired", statusReason: "34")

    /// Whether no receipt follows this one.
    var isFinal: Bool { status == "DELIVERED" || status == "FAILED" || status == "EXPIRED" }

    /// Whether a `c2c_failover_link_id` turns the SMS into a text-to-speech call at this state (seed: FAILED/EXPIRED).
    var triggersFailover: Bool { status == "FAILED" || status == "EXPIRED" }
}
