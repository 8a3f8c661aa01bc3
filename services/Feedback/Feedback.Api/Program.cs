using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Feedback.Api.Apis;
using Loyalty.Feedback.Api.Extensions;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
// Here, not in ServiceDefaults: the OpenAPI source generator adds this project's XML comments to this call.
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapShiftableClock();

var api = app.MapApiGroup();
api.MapSurveysApi();
api.MapSettingsApi();
api.MapInvitationsApi();
api.MapLinksApi();
api.MapResultsApi();
api.MapFollowUpsApi();
api.MapAuditApi<FeedbackDbContext>("feedback");

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
