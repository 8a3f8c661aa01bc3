using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Points.Api.Apis;
using Loyalty.Points.Api.Extensions;
using Loyalty.Points.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
// Here, not in ServiceDefaults: the OpenAPI source generator adds this project's XML comments to this call.
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapApiGroup().MapPointsApis().MapAuditApi<PointsDbContext>("points");

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
