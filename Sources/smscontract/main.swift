import Foundation
import SMSContractCLI

let environment = ProcessInfo.processInfo.environment
let code = SMSContractCommand.main(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: environment, console: .standard(environment: environment))
exit(code)
