using System.Diagnostics;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Domain.Import;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Members.Api.Apis;

public static class ImportsApi
{
    private const string Example =
        "phone,name,gender,birthDate,homeStoreId,tier,registeredAt\n"
        + "13912340001,李娜,女,1992-03-08,SH-XUHUI-02,金卡,2019-06-15\n";

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/members/imports").WithTags("Import").RequireAuthorization(Policies.Admin)
            .MapPost("/", Import)
            .Accepts<string>("text/csv") // routing answers 415 to any other content type
            .WithRequestExample("text/csv", Example)
            .WithSummary("Import members from a CSV file "
                + "(header: phone,name,gender,birthDate,homeStoreId[,skinType,interestTags,tier,registeredAt]). "
                + "Bad rows are reported by line and do not stop the others; phones already registered are counted, "
                + "not created again.");
        return app;
    }

    public static async Task<Results<Ok<MemberImportReport>, ValidationProblem>> Import(
        HttpRequest request, ImportMembers import, CancellationToken cancellationToken)
    {
        // The CSV reader reads synchronously, which Kestrel's request stream refuses: take the file in first (it is
        // bounded by the request size limit).
        using var file = new MemoryStream();
        await request.Body.CopyToAsync(file, cancellationToken);
        file.Position = 0;
        return await import.HandleAsync(file, cancellationToken) switch
        {
            ImportMembers.Outcome.Imported(var report) => TypedResults.Ok(report),
            ImportMembers.Outcome.FileRefused(var problems) =>
                TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = problems }),
            var other => throw new UnreachableException($"Unmapped outcome {other}"),
        };
    }
}
