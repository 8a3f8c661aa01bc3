using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Campaign.Api.Apis;
using Loyalty.Campaign.Api.Extensions;
using Loyalty.Campaign.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
// Here, not in ServiceDefaults: the OpenAPI source generator adds this project's XML comments to this call.
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();

var api = app.MapApiGroup();
api.MapCouponTemplatesApi();
api.MapCouponsApi();
api.MapGrowthTasksApi();
api.MapCampaignsApi();
api.MapKpisApi();
api.MapJourneysApi();
api.MapAuditApi<CampaignDbContext>("campaign");

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
