using System.Globalization;
using System.Runtime;

namespace ScoGraphQL.Bench.Ingest;

/// <summary>
/// What the runtime itself spent during a run, from its own counters: time compiling methods (all threads, the tiered
/// compilation thread included), garbage collections and their pauses, and bytes allocated. A CPU profile shows these
/// only as unnamed addresses in libcoreclr and libclrjit.
/// </summary>
public sealed record RuntimeCounters(TimeSpan JitTime, long MethodsCompiled, TimeSpan GcPause, int Gen0, int Gen1, int Gen2, long AllocatedBytes)
{
    public static RuntimeCounters Now() => new(
        JitInfo.GetCompilationTime(currentThread: false),
        JitInfo.GetCompiledMethodCount(currentThread: false),
        GC.GetTotalPauseDuration(),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        GC.GetTotalAllocatedBytes(precise: false));

    /// <summary>What happened between <paramref name="before"/> and this reading.</summary>
    public RuntimeCounters Since(RuntimeCounters before) => new(
        JitTime - before.JitTime, MethodsCompiled - before.MethodsCompiled, GcPause - before.GcPause,
        Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, AllocatedBytes - before.AllocatedBytes);

    public string ToText() => string.Create(CultureInfo.InvariantCulture,
        $"runtime: JIT {JitTime.TotalSeconds:F2} s ({MethodsCompiled} methods); GC pauses {GcPause.TotalSeconds:F2} s ({Gen0}/{Gen1}/{Gen2} collections of gen 0/1/2); {AllocatedBytes / 1048576.0:F0} MiB allocated");
}
