@testable import Providers
import StructuredData
import Testing

@Suite struct LOX24FormatTests {
    @Test(arguments: [
        (nil, LOX24Format.jsonLD), ("application/ld+json", .jsonLD), ("application/json", .json), ("*/*", .jsonLD),
        ("application/json, */*;q=0.5", .json), ("application/ld+json;q=0.4, application/json;q=0.9", .json),
        ("application/json;q=0, application/ld+json", .jsonLD), ("text/html", .jsonLD), ("Application/JSON", .json),
        ("text/html, application/json", .json), ("application/json, application/ld+json", .json),
    ] as [(String?, LOX24Format)])
    func acceptChoosesTheFormat(accept: String?, format: LOX24Format) {
        #expect(LOX24Format(accept: accept) == format)
    }

    @Test func plainJSONDropsTheAtKeysAndListsArePlainArrays() {
        let resource: JSONValue = ["@context": "/contexts/sms", "@id": "/sms/1", "@type": "sms", "uuid": "1", "phone": "+1"]
        #expect(LOX24Format.json.resource(resource) == ["uuid": "1", "phone": "+1"])
        #expect(LOX24Format.jsonLD.resource(resource) == resource)
        let list = LOX24Format.json.collection(id: "/sms", members: [resource], totalItems: 1, view: ["@id": "/sms?page=1"])
        #expect(list == [["uuid": "1", "phone": "+1"]])
        let hydra = LOX24Format.jsonLD.collection(id: "/sms", members: [resource], totalItems: 7, view: ["@id": "/sms?page=1"])
        #expect(hydra["@type"] == "hydra:Collection" && hydra["hydra:totalItems"] == 7 && hydra["hydra:view"]?["@id"] == "/sms?page=1")
        #expect(LOX24Format.json.contentType == "application/json; charset=utf-8")
    }
}
