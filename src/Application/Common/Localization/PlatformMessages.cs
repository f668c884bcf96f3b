namespace PartyCommittee.Application.Common.Localization;

/// <summary>Messages of the platform: problems, paging, organisations, names, dates (code → Vietnamese, English).</summary>
internal sealed class PlatformMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        // Generic problems by status
        ["validation.failed"] = ("Dữ liệu gửi lên không hợp lệ.", "The request has invalid fields."),
        ["request.malformed"] = ("Không đọc được nội dung yêu cầu.", "The request body or parameters could not be read."),
        ["auth.unauthenticated"] = ("Cần đăng nhập: gửi kèm bearer token hợp lệ.", "Authentication required: send a valid bearer token."),
        ["auth.token.token_missing"] = ("Cần đăng nhập: yêu cầu không có header Authorization: Bearer <token>.", "Authentication required: the request has no 'Authorization: Bearer <token>' header."),
        ["auth.token.token_expired"] = ("Token đã hết hạn; hãy lấy token mới.", "The token has expired; obtain a new one."),
        ["auth.token.token_not_yet_valid"] = ("Token chưa đến thời điểm có hiệu lực (nbf); kiểm tra đồng hồ hệ thống.", "The token is not valid yet (nbf); check the clocks."),
        ["auth.token.signature_invalid"] = ("Chữ ký của token không hợp lệ hoặc khóa ký không được tin cậy.", "The token's signature is invalid or its signing key is not trusted."),
        ["auth.token.issuer_invalid"] = ("Token do một bên phát hành không được tin cậy.", "The token was issued by an issuer that is not trusted."),
        ["auth.token.audience_invalid"] = ("Token không dành cho API này (audience).", "The token is not meant for this API (audience)."),
        ["auth.token.lifetime_invalid"] = ("Thời hạn của token không hợp lệ (hết hạn trước khi có hiệu lực).", "The token's lifetime is invalid (it expires before it becomes valid)."),
        ["auth.token.token_invalid"] = ("Token không hợp lệ.", "The token is not valid."),
        ["auth.token.token_malformed"] = ("Token không đúng định dạng JWT.", "The token is not a well-formed JWT."),
        ["auth.forbidden"] = ("Vai trò của bạn không được phép thực hiện thao tác này.", "Your role is not allowed to do this."),
        ["auth.scope_missing"] = ("Token không ghi tổ chức đảng được phân quyền (claim org_id).", "The token does not name the organisation it is scoped to (claim org_id)."),
        ["auth.scope_unknown"] = ("Tổ chức đảng ghi trong token không tồn tại.", "The organisation the token is scoped to does not exist."),
        ["route.not_found"] = ("Không có tài nguyên tại địa chỉ này.", "There is no resource at this address."),
        ["http.method_not_allowed"] = ("Phương thức không được hỗ trợ tại địa chỉ này.", "This method is not supported at this address."),
        ["http.unsupported_media_type"] = ("Định dạng nội dung không được hỗ trợ; dùng application/json.", "Unsupported content type; use application/json."),
        ["http.not_acceptable"] = ("Không có định dạng phản hồi phù hợp với header Accept.", "No response format matches the Accept header."),
        ["request.too_large"] = ("Nội dung yêu cầu quá lớn (tối đa {0} byte).", "The request body is too large (at most {0} bytes)."),
        ["request.uri_too_long"] = ("Địa chỉ yêu cầu quá dài (tối đa {0} ký tự).", "The request URI is too long (at most {0} characters)."),
        ["request.json_invalid"] = ("Nội dung JSON không đúng cú pháp.", "The JSON is not well-formed."),
        ["request.body_required"] = ("Yêu cầu phải có nội dung JSON.", "The request needs a JSON body."),
        ["field.malformed"] = ("Giá trị không đúng kiểu hoặc định dạng (ngày viết YYYY-MM-DD, mã định danh là UUID).", "The value has the wrong type or form (dates are YYYY-MM-DD, identifiers UUIDs)."),
        ["field.enum_invalid"] = ("Giá trị không thuộc các mã: {0} (viết hoa đúng như vậy).", "The value is not one of the codes: {0} (upper case, exactly)."),
        ["field.unknown"] = ("Trường '{0}' không có trong yêu cầu này.", "This request has no field '{0}'."),
        ["field.required"] = ("Trường này là bắt buộc.", "This field is required."),
        ["server.unavailable"] = ("Hệ thống đang bận. Thử lại sau {0} giây.", "The service is busy. Retry after {0} seconds."),
        ["rate_limit.exceeded"] = ("Quá nhiều yêu cầu. Thử lại sau {0} giây.", "Too many requests. Retry after {0} seconds."),
        ["concurrency.if_match_required"] = ("Cần gửi header If-Match với ETag của tài nguyên (lấy từ lần đọc gần nhất).", "Send an If-Match header with the resource's ETag (from your last read)."),
        ["concurrency.stale_etag"] = ("Tài nguyên đã được người khác thay đổi. Hãy tải lại rồi cập nhật.", "The resource was changed by someone else. Read it again and reapply your change."),
        ["conflict.duplicate"] = ("Dữ liệu trùng với một bản ghi đã có.", "The data duplicates an existing record."),
        ["server.error"] = ("Lỗi hệ thống. Vui lòng báo mã truy vết cho quản trị viên.", "Internal error. Please report the trace id to an administrator."),

        // Paging
        ["paging.page_invalid"] = ("Số trang phải từ 1 đến 21.474.836.", "The page number must be from 1 to 21,474,836."),
        ["paging.page_size_invalid"] = ("Kích thước trang phải từ 1 đến 100.", "The page size must be from 1 to 100."),
        ["paging.sort_invalid"] = ("Trường sắp xếp không hợp lệ. Dùng một trong: {0} (thêm '-' để sắp giảm dần).", "Invalid sort field. Use one of: {0} (prefix '-' for descending)."),

        // Organisations
        ["organization.not_found"] = ("Không tìm thấy tổ chức đảng '{0}'.", "Party organisation '{0}' was not found."),
        ["organization.parent_not_found"] = ("Không tìm thấy tổ chức đảng cấp trên '{0}'.", "Parent organisation '{0}' was not found."),
        ["organization.code_taken"] = ("Mã tổ chức '{0}' đã được sử dụng.", "Organisation code '{0}' is already in use."),
        ["organization.code_invalid"] = ("Mã chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang (2–32 ký tự).", "A code has 2–32 upper-case letters, digits and hyphens."),
        ["organization.root_requires_admin"] = ("Chỉ quản trị viên được tạo tổ chức đảng cấp cao nhất.", "Only an administrator can create a top-level organisation."),
        ["organization.invalid_parent"] = ("Không thể đặt loại tổ chức này dưới tổ chức cấp trên đã chọn: chi bộ thuộc đảng bộ hoặc đảng bộ bộ phận, đảng bộ bộ phận thuộc đảng bộ, chỉ đảng bộ là cấp cao nhất.", "This kind of organisation cannot be placed there: a cell belongs to a committee or sub-committee, a sub-committee to a committee, and only a committee may be a root."),
        ["organization.parent_dissolved"] = ("Tổ chức cấp trên '{0}' đã giải thể.", "The parent organisation '{0}' is dissolved."),
        ["organization.established_before_parent"] = ("Ngày thành lập không được trước ngày thành lập của tổ chức cấp trên ({0}).", "An organisation cannot be established before its parent ({0})."),
        ["organization.established_after_child"] = ("Ngày thành lập không được sau ngày thành lập của tổ chức trực thuộc ({0}).", "An organisation cannot be established after one of its child organisations ({0})."),
        ["organization.unit_kind_required"] = ("Chi bộ phải ghi rõ là cơ quan hành chính hay đơn vị sự nghiệp.", "A party cell must say whether its unit is an administrative agency or a public-service unit."),
        ["organization.unit_kind_not_applicable"] = ("Đảng bộ không có loại đơn vị.", "A party committee has no unit kind."),
        ["organization.cycle"] = ("Không thể chuyển tổ chức vào chính nó hoặc tổ chức trực thuộc của nó.", "An organisation cannot be moved under itself or one of its descendants."),
        ["organization.too_deep"] = ("Cây tổ chức không được sâu quá {0} cấp.", "The organisation tree may not be deeper than {0} levels."),
        ["organization.already_dissolved"] = ("Tổ chức đã giải thể ngày {0}.", "The organisation was already dissolved on {0}."),
        ["organization.dissolved"] = ("Không thể thay đổi tổ chức đã giải thể.", "A dissolved organisation cannot be changed."),
        ["organization.dissolved_before_established"] = ("Ngày giải thể không được trước ngày thành lập ({0}).", "An organisation cannot be dissolved before it was established ({0})."),
        ["organization.has_active_children"] = ("Cần giải thể hoặc chuyển các tổ chức trực thuộc trước.", "Dissolve or move the organisations under this one first."),
        ["organization.name_required"] = ("Tổ chức đảng phải có tên.", "An organisation must have a name."),
        ["organization.has_active_members"] = ("Tổ chức còn {0} đảng viên đang sinh hoạt (chính thức, dự bị, miễn sinh hoạt hoặc đình chỉ): chuyển sinh hoạt cho họ trước khi giải thể.", "The organisation still has {0} current members (full, probationary, exempt or suspended): transfer them before dissolving it."),
        ["organization.has_open_transfers"] = ("Còn {0} yêu cầu chuyển sinh hoạt đảng đến tổ chức này chưa xong: tiếp nhận hoặc từ chối trước khi giải thể.", "{0} transfers into the organisation are still open: receive or reject them before dissolving it."),
        ["organization.has_open_admissions"] = ("Còn {0} hồ sơ kết nạp đảng viên của tổ chức này chưa xong: tổ chức lễ kết nạp hoặc đóng hồ sơ trước khi giải thể.", "{0} admission cases of the organisation are still open: hold the ceremony or close them before dissolving it."),

        // Names of people and organisations (Domain.Common.Names)
        ["name.invalid_character"] = ("Tên có ký tự không được phép ({0}). Tên người gồm chữ cái, dấu, khoảng trắng và các dấu - ' . ; tên tổ chức có thêm chữ số và dấu câu. Không dùng ký tự điều khiển, ký tự đổi hướng văn bản, biểu tượng hay emoji.", "The name has a character that is not allowed ({0}). A person's name has letters, marks, spaces and - ' . only; an organisation's name may also have digits and punctuation. No control or text-direction characters, symbols or emoji."),
        ["name.empty"] = ("Tên không có chữ cái nào (chỉ có ký tự vô hình, khoảng trắng hoặc dấu câu).", "The name has no letters (only invisible characters, spaces or punctuation)."),

        // Dates of recorded events
        ["date.in_future"] = ("Ngày {0} sau ngày hôm nay: chỉ ghi nhận sự việc đã xảy ra.", "The date {0} is after today: only events that have happened are recorded."),
        ["date.too_early"] = ("Ngày không được trước {0}.", "The date cannot be before {0}."),
        ["rules.none_in_force"] = ("Không có quy định nào có hiệu lực vào ngày {0}.", "No rule set is in force on {0}."),
    };
}
