import type { Localized } from './index';

/**
 * Texts of the bulk tracking-upload check (lib/upload, the in-page summary on Seller Center's upload
 * dialog and the `UploadCheck` drop zone). Waybill issue texts come from lib/waybill as Localized.
 */
export const uploadMessages = {
  // Bad files: one text per `UploadFileErrorCode`.
  errorEmptyFile: { en: 'The file "{name}" is empty.', zh: '文件“{name}”是空的。' },
  errorTooLarge: {
    en: 'The file "{name}" is {sizeMb} MB; files over {maxMb} MB are not checked.',
    zh: '文件“{name}”大小为 {sizeMb} MB，超过 {maxMb} MB 的文件不做检查。',
  },
  errorLegacyXls: {
    en: '"{name}" is an old Excel 97–2003 (.xls) workbook, which cannot be checked. Save it as an .xlsx workbook or as CSV, then choose it again.',
    zh: '“{name}”是旧版 Excel 97–2003（.xls）工作簿，无法检查。请另存为 .xlsx 工作簿或 CSV 后重新选择。',
  },
  errorNotSpreadsheet: {
    en: '"{name}" is not a spreadsheet: choose the .xlsx or .csv tracking upload template.',
    zh: '“{name}”不是表格文件：请选择 .xlsx 或 .csv 格式的物流单号上传模板。',
  },
  errorCorruptXlsx: {
    en: '"{name}" could not be opened as an .xlsx workbook (it may be damaged or password-protected): {detail}',
    zh: '无法以 .xlsx 工作簿打开“{name}”（文件可能已损坏或设有密码）：{detail}',
  },
  errorUnpacksTooLarge: {
    en: '"{name}" was not opened: it unpacks to {sizeMb} MB of sheet data, more than the {maxMb} MB a tracking template can need. Keep only the template sheet (or split the orders into several files) and choose it again.',
    zh: '未打开“{name}”：它解压后有 {sizeMb} MB 表格数据，超过物流单号模板所需的上限 {maxMb} MB。请只保留模板工作表（或把订单拆成多个文件）后重新选择。',
  },
  errorSuspiciousCompression: {
    en: '"{name}" was not opened: part of it is compressed {ratio} to 1, which spreadsheet programs do not produce (a file built to exhaust memory). Export the template again from Seller Center or Excel.',
    zh: '未打开“{name}”：其中部分内容压缩比为 {ratio}:1，表格软件不会生成这样的文件（可能是用来耗尽内存的文件）。请从 Seller Center 或 Excel 重新导出模板。',
  },
  errorTransfer: {
    en: 'The file could not be handed to the extension for checking. Choose it again; if this repeats, reload the page.',
    zh: '无法把文件交给扩展程序检查。请重新选择文件；如果反复出现，请刷新页面。',
  },
  errorBusy: {
    en: 'Too many files are being checked at once. Wait a moment and choose the file again.',
    zh: '同时检查的文件过多。请稍候再重新选择文件。',
  },
  errorTimedOut: {
    en: 'Checking "{name}" took too long and was stopped. Split the orders into smaller files and check them one by one.',
    zh: '检查“{name}”耗时过长，已停止。请把订单拆成较小的文件逐个检查。',
  },
  progressReceiving: {
    en: 'Handing "{name}" to the checker… {percent}%',
    zh: '正在把“{name}”交给检查程序… {percent}%',
  },
  progressReading: { en: 'Reading the rows… {percent}%', zh: '正在读取各行… {percent}%' },
  progressChecking: { en: 'Checking the tracking numbers… {percent}%', zh: '正在检查物流单号… {percent}%' },
  progressCopying: { en: 'Preparing the corrected copy… {percent}%', zh: '正在生成更正后的副本… {percent}%' },
  errorUnreadableText: {
    en: 'The text of "{name}" could not be read (unknown character encoding). Save it as "CSV UTF-8" and choose it again.',
    zh: '无法读取“{name}”的文字（未知字符编码）。请另存为“CSV UTF-8”后重新选择。',
  },
  errorNoTrackingColumn: {
    en: 'No tracking number column in "{name}": none of the first {rows} rows has a header such as "Tracking ID", "Tracking number", "物流单号" or "运单号".',
    zh: '“{name}”中没有物流单号列：前 {rows} 行中没有“Tracking ID”“Tracking number”“物流单号”或“运单号”等表头。',
  },
  errorNoRows: {
    en: '"{name}" has the header row (row {row}) but no orders below it.',
    zh: '“{name}”只有表头（第 {row} 行），下面没有订单。',
  },
  errorNothingToFix: {
    en: 'There is nothing certain to fix in this file.',
    zh: '此文件中没有可以确定自动修正的内容。',
  },
  errorCopyFailed: {
    en: 'A corrected copy could not be made safely, so none is offered ({detail}). Fix the rows by hand.',
    zh: '无法安全生成更正后的副本，因此不提供下载（{detail}）。请手动修正这些行。',
  },

  // Issue classes lib/upload adds to lib/waybill's codes.
  titleNumberLostDigits: { en: 'Stored as a number: digits lost', zh: '以数字格式保存：位数已丢失' },
  titleMissingOrderId: { en: 'Order ID missing', zh: '缺少订单号' },
  titleSplitOrder: { en: 'One order, several tracking numbers', zh: '同一订单有多个物流单号' },
  titleDuplicate: { en: 'Same tracking number on several orders', zh: '多个订单使用同一物流单号' },
  issueNumberLostDigits: {
    en: 'The {column} cell is stored as a number ({value}). Excel keeps only 15 digits, so the real number is lost: format the column as Text and re-enter it from the label.',
    zh: '{column}单元格以数字格式保存（{value}）。Excel 只保留 15 位数字，原号码已丢失：请把该列设为“文本”格式后按面单重新输入。',
  },
  issueMissingOrderId: {
    en: 'This row has a tracking number but no order ID, so the upload cannot match it to an order.',
    zh: '此行有物流单号但没有订单号，上传时无法对应到订单。',
  },
  issueSplitOrder: {
    en: 'Order {order} has {count} different tracking numbers (rows {rows}). Split orders cannot be uploaded in bulk: add their tracking on the order page.',
    zh: '订单 {order} 有 {count} 个不同的物流单号（第 {rows} 行）。拆分发货的订单不能批量上传：请在订单页面分别填写物流单号。',
  },
  issueDuplicate: {
    en: 'The same tracking number {number} is on orders {orders} (rows {rows}). One label belongs to one order.',
    zh: '订单 {orders}（第 {rows} 行）使用了同一个物流单号 {number}。一张面单只对应一个订单。',
  },
  fixDuplicate: {
    en: 'A tracking number belongs to one package: check whether a label was reused or the number was pasted into the wrong order.',
    zh: '一个物流单号只对应一个包裹：请检查是否重复使用了面单，或单号填错了订单。',
  },
  columnOrderId: { en: 'order ID', zh: '订单号' },
  columnTracking: { en: 'tracking number', zh: '物流单号' },

  // The summary.
  summaryTitle: { en: 'Tracking upload check', zh: '物流单号上传检查' },
  summaryReading: { en: 'Checking "{name}"…', zh: '正在检查“{name}”…' },
  summaryAllOk: { en: 'All {rows} rows OK', zh: '全部 {rows} 行均无问题' },
  summaryCounts: {
    en: '{rows} rows checked: {ok} OK, {defective} with problems',
    zh: '已检查 {rows} 行：{ok} 行正常，{defective} 行有问题',
  },
  summarySheet: { en: 'Sheet "{sheet}", header on row {row}', zh: '工作表“{sheet}”，表头在第 {row} 行' },
  summaryHeaderRow: { en: 'Header on row {row}', zh: '表头在第 {row} 行' },
  summaryRows: { en: 'rows {rows}', zh: '第 {rows} 行' },
  summaryMoreRows: { en: '{rows} and {count} more', zh: '{rows} 等（另有 {count} 行）' },
  summaryByClass: { en: 'Problems by kind', zh: '问题分类' },
  summaryCertain: { en: 'fixed in the corrected copy', zh: '已在更正副本中修正' },
  summaryNotes: {
    en: 'Format not verifiable (no public format for the carrier), not counted as problems: {rows}',
    zh: '无法校验格式（该承运商没有公开的单号格式），不计为问题：{rows}',
  },
  summaryDownload: { en: 'Download corrected copy ({count} rows fixed)', zh: '下载更正后的副本（已修正 {count} 行）' },
  summaryDownloadNote: {
    en: 'Only spaces, line breaks, invisible characters, full-width and lowercase letters were fixed; every other cell, format and sheet is unchanged. Choose the corrected copy to upload it.',
    zh: '仅修正了空格、换行、不可见字符、全角字符和小写字母；其他单元格、格式和工作表均未改动。请选择更正后的副本上传。',
  },
  summarySkipped: {
    en: 'Not fixed automatically (the cell holds a formula or could not be located): rows {rows}',
    zh: '未自动修正（单元格含公式或无法定位）：第 {rows} 行',
  },
  summaryNeedsHuman: { en: 'Needs your check ({count} rows)', zh: '需要人工核对（{count} 行）' },
  summaryNeedsHumanList: { en: 'Rows that need your check', zh: '需要人工核对的行' },
  summaryNeedsHumanRow: {
    en: 'Row {row} · order {order} · "{raw}": {issue}',
    zh: '第 {row} 行 · 订单 {order} · “{raw}”：{issue}',
  },
  summaryNoOrder: { en: '(none)', zh: '（无）' },
  summaryMoreIssues: { en: '(+{count} more)', zh: '（另有 {count} 项）' },
  summaryMoreHumanRows: { en: '… and {count} more rows', zh: '……另有 {count} 行' },
  summaryRevision: {
    en: 'Tracking numbers can be revised only once, within 72 hours of upload: fix them before uploading.',
    zh: '物流单号上传后只能在 72 小时内修改一次：请在上传前修正。',
  },
  summaryNotBlocked: { en: 'The check does not block or change your upload.', zh: '此检查不会阻止或更改您的上传。' },

  // The drop zone (options page / side panel).
  dropLabel: {
    en: 'Drop a tracking upload template (.xlsx or .csv) here to check it before uploading',
    zh: '将物流单号上传模板（.xlsx 或 .csv）拖放到此处，上传前先检查',
  },
  dropChoose: { en: 'Choose file', zh: '选择文件' },
  dropInputLabel: { en: 'Tracking upload template to check', zh: '要检查的物流单号上传模板' },
  dropAgain: { en: 'Check another file', zh: '检查其他文件' },
  dropFailed: { en: 'The check failed unexpectedly: {detail}', zh: '检查意外失败：{detail}' },
} as const satisfies Record<string, Localized>;

export type UploadMessageKey = keyof typeof uploadMessages;
