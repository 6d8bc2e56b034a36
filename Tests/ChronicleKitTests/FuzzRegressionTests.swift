@testable import chronicle_fuzz
import Foundation
import Testing

/// Replays the fuzz seed corpora and every input that once failed (Fuzz/regressions/) through
/// the fuzz targets' code and invariants, in an ordinary build.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz").path

    static func inputs(_ target: FuzzTarget) -> [String] {
        ["corpus", "regressions"].flatMap { kind -> [String] in
            let folder = fuzzFolder + "/\(kind)/\(target.rawValue)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
        }
    }

    @Test("every seed and regression input passes its target", arguments: FuzzTarget.allCases)
    func replay(target: FuzzTarget) throws {
        let files = Self.inputs(target)
        #expect(files.count >= 4, "no inputs for \(target) in \(Self.fuzzFolder)")
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            data.withUnsafeBytes { raw in target.run(raw.bindMemory(to: UInt8.self)) }
        }
    }
}
