@testable import Providers
import Testing

@Suite struct LOX24RouteTests {
    @Test(arguments: [
        ("/sms", LOX24Route.collection), ("/sms/dryrun", .dryRun), ("/sms/clicks", .clicksCollection),
        ("/sms/ops/batch_cancel", .batchCancel), ("/sms/ops/batch_delete", .batchDelete),
        ("/sms/abc", .item("abc")), ("/sms/abc/requests", .requests("abc")), ("/sms/abc/clicks", .clicks("abc")),
    ])
    func eachDocumentedPathHasItsRoute(path: String, route: LOX24Route) {
        #expect(LOX24Route(path: path) == route)
    }

    @Test(arguments: ["//sms", "/sms/", "/sms//x", "sms", "/", "", "/SMS", "/sms/ops/other", "/sms/a/b/c", "/smsx", "/bulks"])
    func otherPathsHaveNone(path: String) {
        #expect(LOX24Route(path: path) == nil)
    }

    @Test func headIsAllowedWhereGetIs() {
        for route in [LOX24Route.collection, .item("x"), .requests("x"), .clicks("x"), .clicksCollection] {
            #expect(route.allowedMethods.contains("GET") && route.allowedMethods.contains("HEAD"))
        }
        #expect(LOX24Route.item("x").allowedMethods == ["GET", "HEAD", "DELETE"])
        #expect(LOX24Route.dryRun.allowedMethods == ["POST"])
    }
}
