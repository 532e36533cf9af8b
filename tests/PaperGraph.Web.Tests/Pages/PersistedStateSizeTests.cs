using System.Text.RegularExpressions;
using PaperGraph.Web.Hosting;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Pages;

/// <summary>The state a prerendered page persists travels in the circuit's first message, which the hub
/// rejects above its receive limit (the page then stays dead). Every page, the largest of the seed corpus
/// (ImageNet's, 36 KB before Loadable bounded what it persists) included, must persist well below that limit.</summary>
[Collection(SeededAppCollection.Name)]
public sealed partial class PersistedStateSizeTests(SeededApp app)
{
    /// <summary>Half the hub's limit: the first message also carries the component descriptors.</summary>
    private const int Bound = PaperGraphWebExtensions.MaximumReceiveMessageSize / 2;

    [Theory]
    [InlineData("/datasets/ImageNet")]
    [InlineData("/entities/dataset:imagenet")]
    [InlineData("/")]
    [InlineData("/matrix")]
    public async Task Prerendered_page_persists_state_well_below_the_hub_limit(string url)
    {
        var html = await app.CreateClient().GetStringAsync(url);

        var state = PersistedState().Match(html);
        var size = state.Success ? state.Groups[1].Length : 0;
        Console.WriteLine($"{url}: persisted state {size:N0} characters");
        Assert.InRange(size, 0, Bound);
    }

    [GeneratedRegex("<!--Blazor-Server-Component-State:([^>]*?)-->")]
    private static partial Regex PersistedState();
}
