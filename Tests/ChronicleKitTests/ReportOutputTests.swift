import ChronicleKit
import Foundation
import Testing

/// Whole reports: the same bytes whatever the number of workers, and nothing lost when the
/// output folder cannot be written.
@Suite("Report outputs")
struct ReportOutputTests {
    static let outputs = ["report.pdf", "timeline.png", "summary.txt"]

    @Test("byte-identical outputs across reruns and across 1 and 2 workers")
    func deterministic() throws {
        let scratch = try Scratch()
        _ = try scratch.corpus("articles", count: 120, seed: 21)
        let folder = try scratch.report()
        _ = try ReportRunner(workers: 1).run(folder: folder)
        let first = Self.outputs.map { scratch.contents("out/" + $0) }
        #expect(first.allSatisfy { ($0?.count ?? 0) > 100 })
        for workers in [2, 1, 2] {
            _ = try ReportRunner(workers: workers).run(folder: folder)
            for (name, data) in zip(Self.outputs, first) {
                #expect(scratch.contents("out/" + name) == data, "\(name) differs with \(workers) workers")
            }
        }
    }

    @Test("a read-only output folder: error naming the output file, old outputs intact")
    func readOnlyOutput() throws {
        let scratch = try Scratch()
        _ = try scratch.corpus("articles", count: 20, seed: 22)
        let folder = try scratch.report()
        guard let out = scratch.tmpfs("out", kilobytes: 1024) else {
            print("skipped: cannot mount a tmpfs here; AtomicFileTests.readOnly covers the writer")
            return
        }
        for name in Self.outputs { try Data("old \(name)".utf8).write(to: URL(fileURLWithPath: out + "/" + name)) }
        #expect(scratch.remountReadOnly(out))
        do {
            _ = try ReportRunner(workers: 2).run(folder: folder)
            Issue.record("wrote into a read-only folder")
        } catch let d as Diagnostic {
            #expect(d.file.hasPrefix(out + "/"), "\(d)")
            #expect(d.message.contains("Read-only file system"), "\(d)")
        }
        for name in Self.outputs { #expect(scratch.contents("out/" + name) == Data("old \(name)".utf8)) }
    }

    @Test("a disk that fills up mid-report: error naming the file, old outputs intact, no temporaries")
    func fullDisk() throws {
        let scratch = try Scratch()
        _ = try scratch.corpus("articles", count: 60, seed: 23)
        let folder = try scratch.report()
        guard let out = scratch.tmpfs("out", kilobytes: 48) else {
            print("skipped: cannot mount a tmpfs here; AtomicFileTests.failingWriter covers the writer")
            return
        }
        for name in Self.outputs { try Data("old \(name)".utf8).write(to: URL(fileURLWithPath: out + "/" + name)) }
        do {
            _ = try ReportRunner(workers: 2).run(folder: folder)
            Issue.record("a report fitted into 48 KiB")
        } catch let d as Diagnostic {
            #expect(d.file.hasPrefix(out + "/"), "\(d)")
            #expect(d.message.contains("No space left on device"), "\(d)")
        } catch {
            // The exporters may report the failure in their own error type; it must still name the file.
            #expect("\(error)".contains(out + "/"), "\(error)")
        }
        let names = scratch.names("out")
        #expect(!names.contains { $0.contains(AtomicFile.temporaryMarker) }, "\(names)")
        // report.pdf is written first and does not fit: every output is still the old one.
        for name in Self.outputs { #expect(scratch.contents("out/" + name) == Data("old \(name)".utf8), "\(name)") }
    }
}
