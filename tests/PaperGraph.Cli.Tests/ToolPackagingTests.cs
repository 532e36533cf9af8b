using System.Diagnostics;
using System.Text.Json;

namespace PaperGraph.Cli.Tests;

public sealed class ToolPackagingTests
{
    [Fact]
    public async Task The_cli_project_packs_as_a_dotnet_tool_named_papergraph()
    {
        // The sample corpus sits at the repository root, beside src/.
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Cli.SampleCorpusPath))!;
        var project = Path.Combine(root, "src", "PaperGraph.Cli", "PaperGraph.Cli.csproj");
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-getProperty:PackAsTool", "-getProperty:ToolCommandName", "-getProperty:PackageId"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var msbuild = Process.Start(start)!;
        var output = await msbuild.StandardOutput.ReadToEndAsync();
        await msbuild.WaitForExitAsync();

        Assert.True(msbuild.ExitCode == 0, output + await msbuild.StandardError.ReadToEndAsync());
        var properties = JsonDocument.Parse(output).RootElement.GetProperty("Properties");
        Assert.Equal("true", properties.GetProperty("PackAsTool").GetString());
        Assert.Equal("papergraph", properties.GetProperty("ToolCommandName").GetString());
        Assert.Equal("PaperGraph.Cli", properties.GetProperty("PackageId").GetString());
    }
}
