using Loyalty.Members.Api.Domain.Import;
using Loyalty.Members.Api.Services;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Members.Api.Apis;

public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/members/imports").WithTags("Import").RequireAuthorization(Policies.Admin)
            .MapPost("/", Import)
            .Accepts<string>("text/csv") // routing answers 415 to any other content type
            .WithRequestExample("text/csv", "phone,name,gender,birthDate,homeStoreId,tier,registeredAt\n13912340001,李娜,女,1992-03-08,SH-XUHUI-02,金卡,2019-06-15\n")
            .WithSummary("Import members from a CSV file (header: phone,name,gender,birthDate,homeStoreId[,skinType,interestTags,tier,registeredAt]). "
                + "Bad rows are reported by line and do not stop the others; phones already registered are counted, not created again.");
        return app;
    }

    public static async Task<Results<Ok<MemberImportReport>, ValidationProblem>> Import(HttpRequest request, MemberImport import, CancellationToken cancellationToken)
    {
        // The CSV reader reads synchronously, which Kestrel's request stream refuses: take the file in first (it is bounded by the request size limit).
        using var file = new MemoryStream();
        await request.Body.CopyToAsync(file, cancellationToken);
        file.Position = 0;
        var (report, problems) = await import.ImportAsync(file, cancellationToken);
        return report is null ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = problems }) : TypedResults.Ok(report);
    }
}
