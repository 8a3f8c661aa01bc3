using Loyalty.Points.Api.Apis;
using Loyalty.Points.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapPointsApi();
app.MapPurchasesApi();
app.MapEarningPolicyApi();
app.MapCatalogApi();
app.MapRedemptionsApi();
app.MapAdjustmentsApi();
app.MapActionsApi();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
