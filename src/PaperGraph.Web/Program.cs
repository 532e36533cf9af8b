using PaperGraph.Web.Api;
using PaperGraph.Web.Curators;
using PaperGraph.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddPaperGraphServices();
builder.AddPaperGraphWeb();
builder.AddCuratorAuthentication();

var app = builder.Build();

app.UsePaperGraphWeb();
app.MapPaperGraphApi();
app.MapCuratorSignIn();
app.MapPaperGraphPages();

app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
