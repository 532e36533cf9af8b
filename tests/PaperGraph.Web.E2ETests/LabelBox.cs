namespace PaperGraph.Web.E2ETests;

/// <summary>Where a node's label is drawn on screen, in canvas pixels (filled in from the page's JSON).</summary>
public sealed class LabelBox
{
    public string Id { get; set; } = "";

    public double X1 { get; set; }

    public double Y1 { get; set; }

    public double X2 { get; set; }

    public double Y2 { get; set; }

    public bool Overlaps(LabelBox other) => X1 < other.X2 && other.X1 < X2 && Y1 < other.Y2 && other.Y1 < Y2;
}
