import Foundation

/// Runs a command as a child process and reports its wall time, CPU time and peak memory
/// (from `wait4`, so each figure belongs to that child alone).
struct ChildProcess {
    struct Measurement {
        var status: Int32
        var wallSeconds: Double
        var cpuSeconds: Double
        /// Peak resident set size in bytes.
        var peakBytes: Int
        var timedOut = false
        /// CPU time over wall time: about the number of cores kept busy.
        var parallelism: Double { wallSeconds > 0 ? cpuSeconds / wallSeconds : 0 }
    }

    /// Runs `arguments[0]` with the rest as arguments; stdout to `stdoutPath` (or /dev/null),
    /// stderr to `stderrPath` (or /dev/null).
    /// A child still running after `timeout` seconds is sent SIGTERM (then SIGKILL); its
    /// measurement then has `timedOut` set.
    static func run(_ arguments: [String], stdoutPath: String = "/dev/null", stderrPath: String = "/dev/null",
                    timeout: Double = .infinity) throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let start = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var signalled = 0
        while true {
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid { break }
            if done < 0 {
                guard errno == EINTR else { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
                continue
            }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if elapsed > timeout, signalled == 0 { kill(pid, SIGTERM); timedOut = true; signalled = 1 }
            if elapsed > timeout + 10, signalled == 1 { kill(pid, SIGKILL); signalled = 2 }
            usleep(20_000)
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measurement(status: exitStatus, wallSeconds: wall, cpuSeconds: cpu, peakBytes: Int(usage.ru_maxrss) * 1024,
                           timedOut: timedOut)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
