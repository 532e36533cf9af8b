using MudBlazor;

namespace PaperGraph.Web.Components.Layout;

/// <summary>The app's MudBlazor theme, light and dark palettes.</summary>
public static class PaperGraphTheme
{
    public static MudTheme Instance { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#3949ab", Secondary = "#00897b", AppbarBackground = "#283593" },
        PaletteDark = new PaletteDark { Primary = "#9fa8da", Secondary = "#4db6ac" },
    };
}
