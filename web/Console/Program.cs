using Loyalty.Console.Authentication;
using Loyalty.Console.Components;
using Loyalty.Console.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddConsole();

var app = builder.Build();

app.UseConsole();
app.MapDefaultEndpoints();
app.MapSignInEndpoints();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
