using Loyalty.Notification.Api.Apis;
using Loyalty.Notification.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapMessagesApi();
app.MapTemplatesApi();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
