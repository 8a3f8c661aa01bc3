using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Members.Api.Apis;
using Loyalty.Members.Api.Extensions;
using Loyalty.Members.Api.Infrastructure;
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
app.MapApiGroup().MapMembersApi().MapTiersApi().MapConsentsApi().MapImportsApi()
    .MapDataRequestsApi()
    .MapAuditApi<MembersDbContext>("members");
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
