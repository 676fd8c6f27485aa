@testable import Providers
import Testing
import Wire

@Suite struct CallbackAcceptanceTests {
    private let callback = Callback(url: "http://127.0.0.1:9/hook", headers: [:], body: [], accepts: { $0.status == 200 })

    @Test func nothingIsAcceptedBeforeAnAnswer() {
        let acceptance = CallbackAcceptance()
        _ = acceptance.noting(callback)
        #expect(!acceptance.isAccepted)
    }

    @Test func theCallbacksOwnVerdictIsKeptAndRemembered() {
        let acceptance = CallbackAcceptance()
        let noted = acceptance.noting(callback)
        #expect(noted.accepts(HTTPResponse(status: 500)) == false)
        #expect(!acceptance.isAccepted)
        #expect(noted.accepts(HTTPResponse(status: 201)) == false) // The callback's rule, not any 2xx.
        #expect(!acceptance.isAccepted)
        #expect(noted.accepts(HTTPResponse(status: 200)) == true)
        #expect(acceptance.isAccepted)
        #expect(noted.url == callback.url)
    }
}
