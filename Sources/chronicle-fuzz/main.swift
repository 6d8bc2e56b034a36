// chronicle-fuzz TARGET [libFuzzer options] [corpus folders or files]
//
// TARGET is reader, tagger, settings or extract. Built with `make fuzz` (-sanitize=fuzzer,address
// -DFUZZING) it runs libFuzzer; an ordinary build replays the given files (or every file in the
// given folders) through the target once, which is how crashes found become regression runs.
import CLibFuzzer
import Foundation

var arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: chronicle-fuzz {\(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|"))} [options] [corpus...]\n".utf8))
    exit(2)
}
FuzzTarget.selected = target
arguments.remove(at: 1)

#if FUZZING
var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
var argc = Int32(arguments.count)
let status = cArguments.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        FuzzTarget.selected.run(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
}
exit(status)
#else
var files: [String] = []
for path in arguments.dropFirst() where !path.hasPrefix("-") {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
    if isFolder.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        files += names.sorted().map { path + "/" + $0 }
    } else {
        files.append(path)
    }
}
for file in files {
    guard let data = FileManager.default.contents(atPath: file) else { continue }
    data.withUnsafeBytes { raw in FuzzTarget.selected.run(raw.bindMemory(to: UInt8.self)) }
}
print("\(target.rawValue): \(files.count) inputs replayed, no failure")
#endif
