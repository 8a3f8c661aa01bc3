using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Notification.Api.Apis;
using Loyalty.Notification.Api.Extensions;
using Loyalty.Notification.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
// Here, not in ServiceDefaults: the OpenAPI source generator adds this project's XML comments to this call.
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();

var api = app.MapApiGroup();
api.MapMessagesApi();
api.MapTemplatesApi();
api.MapAuditApi<NotificationDbContext>("notification");

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
