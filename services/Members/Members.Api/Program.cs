using Loyalty.Members.Api.Apis;
using Loyalty.Members.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapMembersApi();
app.MapTiersApi();
app.MapConsentsApi();
app.MapImportsApi();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
