using PaperGraph.Core.Graph;

namespace PaperGraph.Web.E2ETests;

/// <summary>A running app the page tests drive: its store (to choose what to open) and tabs on it.</summary>
public interface IRunningApp
{
    Uri BaseAddress { get; }

    IGraphStore Store { get; }

    Task<BlazorPage> OpenPageAsync(string testName);
}
