import SMSDomain
import StructuredData

/// An SMS the fake accepted: the request after click tracking, with its tracking id, parts and outbox entry.
struct SkycoreQueuedMessage: Sendable {
    var request: SkycoreSendRequest
    /// The `tracking-id` of the Success answer.
    var trackingID: String
    /// The text as sent: `message-text` with links replaced when `click-tracking` is true.
    var text: String
    /// The links click tracking replaced, in order.
    var links: [SkycoreClickTracking.Link]
    /// The encoding and parts the sent text needs.
    var segments: SegmentCount

    /// Prepares the SMS; short links, when click tracking is on, are numbered from `firstShortLink`.
    ///
    /// Character limits (seed 002: 160 GSM, 140 "UTF-8", 70 Unicode, concatenated above): a text in the
    /// GSM 03.38 alphabet is GSM-7, 160 in one SMS and 153 per part above; any other text is UCS-2,
    /// 70 in one SMS and 67 per part above. "UTF-8 140" is read as the 140 octets one SMS carries
    /// (`provider-facts.md` § GSM 03.38): the API sends text, never 8-bit data, so no text is counted
    /// against 140.
    init(request: SkycoreSendRequest, trackingID: String, firstShortLink: Int) {
        self.request = request
        self.trackingID = trackingID
        if request.clickTracking {
            (text, links) = SkycoreClickTracking.rewrite(request.text, firstNumber: firstShortLink)
        } else {
            (text, links) = (request.text, [])
        }
        segments = SegmentCounter.count(text)
    }

    /// The number of SMS the text is billed as.
    var parts: Int { segments.parts }

    /// The outbox entry: the common fields, then `tracking_id`, `sender_type`, `from_mask` (as cut
    /// and shown), `from_mask_dropped` (asked for but not shown to a North American number),
    /// `campaign_ref`, `click_tracking`, `links` and `original_text` (the text before click tracking).
    var outboxEntry: OutboxEntry {
        let details: JSONObject = [
            "tracking_id": .string(trackingID),
            "sender_type": .string(request.senderKind.rawValue),
            "from_mask": request.fromMask.map(JSONValue.string) ?? .null,
            "from_mask_dropped": request.droppedFromMask.map(JSONValue.string) ?? .null,
            "campaign_ref": request.campaignRef.map(JSONValue.string) ?? .null,
            "click_tracking": .bool(request.clickTracking),
            "links": .array(links.map { ["url": .string($0.url), "short_url": .string($0.shortURL)] }),
            "original_text": .string(request.text),
        ]
        return OutboxEntry(
            provider: SkycoreProvider.id, to: request.to.e164, from: request.from, text: text, encoding: segments.encoding, details: details)
    }
}
