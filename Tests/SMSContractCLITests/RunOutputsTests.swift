import Foundation
@testable import SMSContractCLI
import Testing

/// What `run` writes besides its lines: here, the GitHub step summary, appended and never replaced.
@Suite struct RunOutputsTests {
    @Test func theStepSummaryIsAppendedTo() throws {
        let scratch = try ScratchRepository("step-summary")
        defer { scratch.remove() }
        try scratch.write("summary.md", "earlier step\n")
        try StepSummaryFile.append("## ours\n", to: scratch.path + "/summary.md")
        #expect(try scratch.read("summary.md") == "earlier step\n## ours\n")
    }

    /// A summary that cannot be written says which file and why, not a bare "You don't have permission."
    @Test func anUnwritableSummaryNamesTheVariableAndTheFile() throws {
        let scratch = try ScratchRepository("step-summary")
        defer { scratch.remove() }
        let path = scratch.path + "/missing/summary.md"
        #expect {
            try StepSummaryFile.append("## ours\n", to: path)
        } throws: { error in
            (error as? StepSummaryFile.AppendError)?.description
                == "cannot append to GITHUB_STEP_SUMMARY (\(path)): cannot create it (does its folder exist, and is it writable?)"
        }
    }
}
