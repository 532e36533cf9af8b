using PaperGraph.Web.Api;
using PaperGraph.Web.Hardening;
using PaperGraph.Web.Curators;
using PaperGraph.Web.Hosting;
using PaperGraph.Web.Observability;

var builder = WebApplication.CreateBuilder(args);

builder.AddPaperGraphServices();
builder.AddPaperGraphWeb();
builder.AddPaperGraphHardening();
builder.AddPaperGraphTelemetry();
builder.AddCuratorAuthentication();

var app = builder.Build();

app.UsePaperGraphHardening();
app.UsePaperGraphWeb();
app.MapHealthEndpoints();
app.MapPaperGraphApi();
app.MapCuratorSignIn();
app.MapPaperGraphPages();

app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
