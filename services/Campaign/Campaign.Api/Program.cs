using Loyalty.Campaign.Api.Apis;
using Loyalty.Campaign.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapCouponTemplatesApi();
app.MapCouponsApi();
app.MapGrowthTasksApi();
app.MapCampaignsApi();
app.MapKpisApi();
app.MapJourneysApi();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
