using Bunit;
using Microsoft.AspNetCore.Components;
using Bunit.TestDoubles;
using PaperGraph.Web.Components.Shared;

namespace PaperGraph.Web.Tests.Components;

public sealed class LoadableTests : MudComponentContext
{
    private readonly BunitPersistentComponentState _prerenderedState;

    public LoadableTests() => _prerenderedState = AddBunitPersistentComponentState();

    private static readonly RenderFragment<string> ShowText = text => builder => builder.AddMarkupContent(0, $"<p id=\"content\">{System.Net.WebUtility.HtmlEncode(text)}</p>");

    private IRenderedComponent<Loadable<string>> RenderLoadable(Func<CancellationToken, Task<string?>> load, object key) =>
        Render<Loadable<string>>(p => p
            .Add(c => c.Load, load)
            .Add(c => c.Key, key)
            .Add(c => c.What, "this paper")
            .Add(c => c.ChildContent, ShowText));

    [Fact]
    public async Task A_loading_indicator_shows_until_the_content_arrives()
    {
        var pending = new TaskCompletionSource<string?>();
        var cut = RenderLoadable(_ => pending.Task, "a");
        Assert.NotNull(cut.Find("[data-testid=loading]"));

        pending.SetResult("Loaded text");

        await cut.WaitForAssertionAsync(() => Assert.Equal("Loaded text", cut.Find("#content").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=loading]"));
    }

    [Fact]
    public void A_failure_shows_a_readable_message_without_exception_details()
    {
        var cut = RenderLoadable(_ => throw new InvalidOperationException("SQLite Error 11: database disk image is malformed"), "a");

        var error = cut.Find("[data-testid=error]");
        Assert.Contains("Could not load this paper", error.TextContent);
        Assert.DoesNotContain("SQLite", cut.Markup);
        Assert.DoesNotContain("InvalidOperationException", cut.Markup);
    }

    [Fact]
    public void Missing_content_is_reported_as_not_found()
    {
        var cut = RenderLoadable(_ => Task.FromResult<string?>(null), "a");

        Assert.Contains("this paper was not found", cut.Find("[data-testid=not-found]").TextContent);
    }

    [Fact]
    public void A_new_key_reloads_and_the_same_key_does_not()
    {
        var calls = 0;
        Func<CancellationToken, Task<string?>> load = _ => Task.FromResult<string?>($"load {++calls}");
        var cut = RenderLoadable(load, "a");

        cut.Render(p => p.Add(c => c.Key, "a"));
        Assert.Equal("load 1", cut.Find("#content").TextContent);

        cut.Render(p => p.Add(c => c.Key, "b"));
        Assert.Equal("load 2", cut.Find("#content").TextContent);
    }

    [Fact]
    public void Content_loaded_while_prerendering_is_reused_by_the_interactive_render()
    {
        RenderLoadable(_ => Task.FromResult<string?>("Prerendered text"), "a");
        _prerenderedState.TriggerOnPersisting();

        var interactive = RenderLoadable(_ => throw new InvalidOperationException("the store must not be asked again"), "a");

        Assert.Equal("Prerendered text", interactive.Find("#content").TextContent);
    }

    [Fact]
    public void Content_too_large_to_persist_is_loaded_again_by_the_interactive_render()
    {
        var large = new string('x', Loadable<string>.MaxPersistedBytes + 1);
        RenderLoadable(_ => Task.FromResult<string?>(large), "a");
        _prerenderedState.TriggerOnPersisting();

        var interactive = RenderLoadable(_ => Task.FromResult<string?>("Loaded again"), "a");

        Assert.Equal("Loaded again", interactive.Find("#content").TextContent);
    }
}
