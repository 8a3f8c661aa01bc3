using Loyalty.Member.Api;
using Loyalty.Member.Authentication;
using Loyalty.Member.Components;
using Loyalty.Member.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMemberApp();

var app = builder.Build();

app.UseMemberApp();
app.MapDefaultEndpoints();
app.MapSignInEndpoints();
app.MapDataArchiveDownload();
app.MapStaticAssets();
// Static server rendering only: no circuit and no WebAssembly, so a page costs one request and holds nothing after it.
app.MapRazorComponents<App>().RequireAuthorization();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
