import Foundation
@testable import Providers
import StructuredData
import Testing
import Wire

/// `GET /sms` filters, order and pages, `DELETE /sms/{uuid}`, the batch operations, formats and the link collections.
@Suite struct LOX24FakeReadingTests {
    let environment = FakeEnvironment(clock: FakeClock(frozen: true))
    let fake: LOX24Fake
    static let token = LOX24Provider.exampleToken

    init() {
        fake = LOX24Fake(environment: environment)
    }

    private func call(_ method: String, _ target: String, body: String? = nil, accept: String? = nil) throws -> (HTTPResponse, JSONValue?) {
        var headers: HTTPHeaders = ["X-LOX24-AUTH-TOKEN": Self.token]
        if body != nil { headers["Content-Type"] = "application/json" }
        if let accept { headers["Accept"] = accept }
        let response = fake.handle(HTTPRequest(method: method, target: target, headers: headers, body: Array((body ?? "").utf8), remoteAddress: "127.0.0.1"))
        return (response, response.body.isEmpty ? nil : try JSONParser.parse(response.body))
    }

    @discardableResult
    private func send(_ phone: String, text: String = "Hi", deliveryAt: Int = 0) throws -> String {
        let (_, body) = try call("POST", "/sms", body: #"{"text": "\#(text)", "sender_id": "Shop", "phone": "\#(phone)", "delivery_at": \#(deliveryAt)}"#)
        return try #require(body?["uuid"]?.stringValue)
    }

    private func uuids(_ body: JSONValue?) -> [String] {
        (body?["hydra:member"]?.arrayValue ?? body?.arrayValue ?? []).compactMap { $0["uuid"]?.stringValue }
    }

    @Test func filtersByUUIDListCountryPartialTextAndRange() throws {
        let german = try send("+491701234567", text: "Order shipped")
        environment.clock.advance(seconds: 10)
        let american = try send("+14155552671", text: "Your code")
        environment.clock.advance(seconds: 10)
        let british = try send("+447911123456", text: "Order ready")
        #expect(uuids(try call("GET", "/sms?uuid%5B0%5D=\(german)&uuid%5B1%5D=\(british)").1) == [british, german])
        #expect(uuids(try call("GET", "/sms?uuid[]=\(american)").1) == [american])
        #expect(uuids(try call("GET", "/sms?iso2=DE").1) == [german])
        #expect(uuids(try call("GET", "/sms?text=order").1) == [british, german])
        let created = environment.clock.unixSeconds
        #expect(uuids(try call("GET", "/sms?created_at%5Bgte%5D=\(created - 10)").1) == [british, american])
        #expect(uuids(try call("GET", "/sms?created_at%5Bbetween%5D=0..\(created - 20)").1) == [german])
        #expect(uuids(try call("GET", "/sms?is_sent=1").1) == [american, german])
        #expect(uuids(try call("GET", "/sms?_order%5Bcreated_at%5D=asc").1) == [german, american, british])
        #expect(uuids(try call("GET", "/sms?unknown=1").1) == [british, american, german])
    }

    @Test func pagesOfThirtyWithAHydraView() throws {
        for _ in 0..<31 { try send("+491701234567") }
        let (_, first) = try call("GET", "/sms?iso2=DE")
        #expect(uuids(first).count == 30 && first?["hydra:totalItems"] == 31)
        #expect(first?["hydra:view"] == [
            "@id": "/sms?iso2=DE&page=1", "@type": "hydra:PartialCollectionView", "hydra:first": "/sms?iso2=DE&page=1",
            "hydra:last": "/sms?iso2=DE&page=2", "hydra:next": "/sms?iso2=DE&page=2",
        ])
        let (_, second) = try call("GET", "/sms?iso2=DE&page=2")
        #expect(uuids(second).count == 1 && second?["hydra:view"]?["hydra:previous"] == "/sms?iso2=DE&page=1")
        #expect(second?["hydra:view"]?["hydra:next"] == nil)
        #expect(uuids(try call("GET", "/sms?page=3").1).isEmpty)
        let (huge, hugeBody) = try call("GET", "/sms?page=\(Int.max)")
        #expect(huge.status == 200 && uuids(hugeBody).isEmpty && hugeBody?["hydra:view"]?["hydra:next"] == nil)
        let (zero, problem) = try call("GET", "/sms?page=0")
        #expect(zero.status == 400 && problem?["detail"] == "Page should not be less than 1")
    }

    @Test func plainJSONForAcceptApplicationJSON() throws {
        let uuid = try send("+491701234567")
        let (item, resource) = try call("GET", "/sms/\(uuid)", accept: "application/json")
        #expect(item.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(resource?["@id"] == nil && resource?["uuid"]?.stringValue == uuid)
        let (list, array) = try call("GET", "/sms", accept: "application/json")
        #expect(list.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(array?.arrayValue?.count == 1 && array?.arrayValue?.first?["@type"] == nil)
        let (created, body) = try call("POST", "/sms", body: #"{"text": "Hi", "sender_id": "Shop", "phone": "+491701234567"}"#, accept: "application/json")
        #expect(created.status == 201 && body?["@context"] == nil && body?["uuid"] != nil)
    }

    @Test func deleteAnswers204ThenTheSMSIsGone() throws {
        let uuid = try send("+491701234567")
        let (deleted, _) = try call("DELETE", "/sms/\(uuid)")
        #expect(deleted.status == 204 && deleted.body.isEmpty)
        #expect(deleted.headers["X-LOX24-REQUEST-ID"]?.count == 32)
        #expect(try call("GET", "/sms/\(uuid)").0.status == 404)
        #expect(try call("DELETE", "/sms/\(uuid)").0.status == 404)
        #expect(try call("GET", "/sms").1?["hydra:totalItems"] == 0)
    }

    @Test func batchCancelStopsOnlyWhatHasNotLeftTheQueue() throws {
        let later = try send("+491701234567", deliveryAt: environment.clock.unixSeconds + 3600)
        let now = try send("+491701234567")
        environment.clock.advance(seconds: 2)
        let (response, body) = try call("POST", "/sms/ops/batch_cancel")
        #expect(response.status == 200 && body == ["deleted_sms_count": 1])
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(try call("GET", "/sms/\(later)").1?["status_code"] == 6000)
        #expect(try call("GET", "/sms/\(now)").1?["status_code"] == 100)
        environment.clock.advance(seconds: 7200)
        #expect(try call("GET", "/sms/\(later)").1?["is_sent"] == false)
        #expect(try call("POST", "/sms/ops/batch_cancel").1 == ["deleted_sms_count": 0])
    }

    @Test func batchDeleteDeletesTheMatchingSMS() throws {
        let kept = try send("+14155552671")
        let gone = try send("+491701234567")
        let (response, body) = try call("POST", "/sms/ops/batch_delete?uuid%5B0%5D=\(gone)")
        #expect(response.status == 200 && body == ["deleted_sms_count": 1])
        #expect(try call("GET", "/sms/\(gone)").0.status == 404)
        #expect(try call("GET", "/sms/\(kept)").0.status == 200)
        #expect(try call("GET", "/sms/ops/batch_delete").0.status == 405)
    }

    @Test func linkCollectionsAreEmptyForAnExistingSMSAndHeadWorks() throws {
        let uuid = try send("+491701234567")
        for path in ["/sms/\(uuid)/requests", "/sms/\(uuid)/clicks", "/sms/clicks"] {
            let (response, body) = try call("GET", path)
            #expect(response.status == 200 && body?["hydra:totalItems"] == 0 && body?["hydra:member"] == [], "\(path)")
        }
        #expect(try call("GET", "/sms/00000000-0000-4000-8000-000000000000/requests").0.status == 404)
        #expect(try call("GET", "/sms/\(uuid)/clicks", accept: "application/json").1 == [])
        #expect(try call("HEAD", "/sms").0.status == 200)
        #expect(try call("HEAD", "/sms/\(uuid)").0.status == 200)
        #expect(try call("POST", "//sms", body: "{}").0.status == 404)
        #expect(try call("POST", "/sms/", body: "{}").0.status == 404)
    }
}
