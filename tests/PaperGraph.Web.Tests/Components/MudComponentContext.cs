using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace PaperGraph.Web.Tests.Components;

/// <summary>A bUnit context with MudBlazor's services; MudBlazor's JavaScript calls are answered loosely.
/// Disposed asynchronously because MudBlazor's popover service only supports that.</summary>
public abstract class MudComponentContext : BunitContext, IAsyncLifetime
{
    protected MudComponentContext()
    {
        Services.AddMudServices();
        Services.AddHttpContextAccessor();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
