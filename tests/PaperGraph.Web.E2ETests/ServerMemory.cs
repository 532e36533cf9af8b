using System.Diagnostics;

namespace PaperGraph.Web.E2ETests;

/// <summary>The memory of the app under test, which runs in the test process: the managed heap after a full,
/// compacting collection (what the app still holds), and the process's working set.</summary>
public sealed record ServerMemory(long ManagedBytes, long WorkingSetBytes)
{
    public static ServerMemory Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new ServerMemory(managed, process.WorkingSet64);
    }

    public override string ToString() => $"{ManagedBytes / 1048576.0:F0} MiB managed, {WorkingSetBytes / 1048576.0:F0} MiB working set";
}
