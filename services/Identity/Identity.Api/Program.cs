using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Identity.Api.Apis;
using Loyalty.Identity.Api.Extensions;
using Loyalty.Identity.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
// Here, not in ServiceDefaults: the OpenAPI source generator adds this project's XML comments to this call.
builder.Services.AddOpenApi();

var app = builder.Build();
await app.PrepareAsync();
if (args is [var command, ..] && IdentityCommands.Has(command))
{
    return await IdentityCommands.RunAsync(app, command, args[1..]);
}

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapTokenApi();
app.MapConsoleSignInApi();
app.MapMemberSignInApi();

var api = app.MapApiGroup();
api.MapStaffApi();
api.MapClientsApi();
api.MapAuditApi<IdentityServiceDbContext>("identity");

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
