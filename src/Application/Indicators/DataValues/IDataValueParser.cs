namespace PartyCommittee.Application.Indicators.DataValues;

/// <summary>
/// Reads the rows of a bulk write as they arrive, without holding the payload: JSON <c>{"dataValues":[…]}</c> or CSV
/// with the header <c>dataElement,period,orgUnit,disaggregation,value,comment</c>. A payload that cannot be read
/// throws a coded refusal (<c>import.file_unreadable</c>, <c>import.encoding_invalid</c>, <c>validation.failed</c>) when
/// the reader reaches the fault.
/// </summary>
public interface IDataValueParser
{
    /// <summary>The media types read: <c>application/json</c> and <c>text/csv</c>.</summary>
    static readonly string[] MediaTypes = ["application/json", "text/csv"];

    IAsyncEnumerable<DataValueInput> ReadAsync(Stream payload, string mediaType, CancellationToken cancellationToken);
}
