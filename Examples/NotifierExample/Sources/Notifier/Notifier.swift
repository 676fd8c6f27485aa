import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The app's way of texting a customer: one `POST /sms` to LOX24, wherever `baseURL` points.
public struct Notifier: Sendable {
    /// LOX24's base URL: `https://api.lox24.eu` in production, the fake's `url` in tests.
    public let baseURL: String
    /// The LOX24 API token (`<clientId>:<key>`).
    public let token: String

    /// Creates a notifier.
    public init(baseURL: String, token: String) {
        self.baseURL = baseURL
        self.token = token
    }

    /// LOX24 refused the message, or the URL is not one.
    public struct Refused: Error, Equatable {
        /// The HTTP status, 0 when nothing was sent.
        public let status: Int

        /// Creates the error.
        public init(status: Int) {
            self.status = status
        }
    }

    /// Sends `text` to `phone` (E.164) and returns LOX24's message id.
    @discardableResult
    public func text(_ phone: String, _ text: String) async throws -> String {
        guard let url = URL(string: baseURL + "/sms") else { throw Refused(status: 0) }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(token, forHTTPHeaderField: "X-LOX24-AUTH-TOKEN")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["text": text, "sender_id": "Shop", "phone": phone])
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 201, let body = try JSONSerialization.jsonObject(with: data) as? [String: Any], let uuid = body["uuid"] as? String else {
            throw Refused(status: status)
        }
        return uuid
    }
}
