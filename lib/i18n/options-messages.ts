import type { Localized } from './index';

/**
 * Texts of the options page (entrypoints/options), English and Simplified Chinese for every string a
 * seller reads, aria-labels and errors included. `{name}` placeholders are filled with `fillLocalized`.
 * Domain texts (print verdicts, connection reasons, carrier names) come from their lib modules.
 */
export const optionsMessages = {
  pageTitle: { en: 'Lastmile Lens settings', zh: 'Lastmile Lens 设置' },
  loading: { en: 'Loading your settings…', zh: '正在读取设置…' },
  loadFailed: { en: 'Your saved settings could not be read: {detail}', zh: '无法读取已保存的设置：{detail}' },
  skipToContent: { en: 'Skip to settings', zh: '跳到设置内容' },
  navLabel: { en: 'Settings sections', zh: '设置分区' },
  navConnect: { en: 'Connect the shop', zh: '连接店铺' },
  navProfile: { en: 'Seller profile', zh: '卖家资料' },
  navPrinter: { en: 'Printer', zh: '打印机' },
  navCallbacks: { en: 'Carrier callbacks', zh: '承运商回传地址' },
  navRules: { en: 'Rate cards & rules', zh: '费率表与规则' },
  navLanguage: { en: 'Language & polling', zh: '语言与轮询' },
  navUpload: { en: 'Check an upload file', zh: '检查上传文件' },
  uploadTitle: { en: 'Check a tracking-upload file', zh: '检查物流单号上传文件' },
  uploadIntro: {
    en: 'Drop the spreadsheet you are about to upload in Seller Center (Manage Orders → Upload). Tracking can be revised only once, within 72 hours, so catch bad numbers before the upload.',
    zh: '拖入即将在卖家中心上传的表格（订单管理 → 上传）。物流单号只能在 72 小时内修改一次，请在上传前发现错误单号。',
  },
  cancel: { en: 'Cancel', zh: '取消' },
  never: { en: 'never', zh: '从未' },
  formHasErrors: {
    en: 'Nothing was saved: please correct the fields marked in red.',
    zh: '未保存：请修改标红的字段。',
  },
  saveRefused: { en: 'Nothing was saved: the value was refused ({detail}).', zh: '未保存：数值被拒绝（{detail}）。' },
  saveRefusedShort: { en: 'Nothing was saved: the value was refused.', zh: '未保存：数值被拒绝。' },
  errorRequired: { en: 'Required.', zh: '必填。' },
  errorRegion: {
    en: 'Use a 2- or 3-letter region code such as US or GB.',
    zh: '请填写 2 到 3 个字母的地区代码，例如 US 或 GB。',
  },
  errorWholeNumber: { en: 'Enter a whole number (0 or more).', zh: '请输入整数（0 或以上）。' },
  errorNumber: { en: 'Enter a number such as 1.5.', zh: '请输入数字，例如 1.5。' },
  errorPositive: { en: 'Enter a number above 0.', zh: '请输入大于 0 的数字。' },
  errorAllSides: {
    en: 'Enter all three sides (length, width and height) or none.',
    zh: '请填写长、宽、高三项，或全部留空。',
  },
  errorWeightForSize: {
    en: 'A default size needs a default weight as well.',
    zh: '填写默认尺寸时也需要填写默认重量。',
  },
  errorUnhandled: {
    en: 'The extension’s background does not handle this request yet. Nothing was changed; try again after updating the extension.',
    zh: '扩展后台暂不支持此请求，未做任何更改；请更新扩展后重试。',
  },
  errorBackground: {
    en: 'The extension’s background did not complete the request: {detail}',
    zh: '扩展后台未能完成请求：{detail}',
  },

  // ── Connect the shop ──
  connectTitle: { en: 'Connect the shop (TikTok Shop Open API)', zh: '连接店铺（TikTok Shop 开放平台 API）' },
  connectIntro: {
    en: 'With API access the extension follows tracking for your shipped orders and warns you before an SLA is missed. Your keys stay in this browser and are only used by the extension’s background.',
    zh: '接入 API 后，扩展会跟踪已发货订单的物流轨迹，并在即将违反时效前提醒您。密钥只保存在本浏览器中，仅供扩展后台使用。',
  },
  stateLoading: { en: 'Checking the connection…', zh: '正在检查连接…' },
  connectionStateLabel: { en: 'Connection:', zh: '连接状态：' },
  stateNotConfigured: { en: 'Not connected', zh: '未连接' },
  stateOk: { en: 'Connected', zh: '已连接' },
  stateReconnect: { en: 'Reconnect needed', zh: '需要重新连接' },
  stateError: { en: 'Connection problem', zh: '连接有问题' },
  credentialsSavedHidden: {
    en: 'Credentials are saved in this browser. Secrets are never shown again: to change them, enter them anew.',
    zh: '凭证已保存在本浏览器中。密钥不会再次显示；如需更改，请重新填写。',
  },
  connectedShop: { en: 'Shop: {shop} · region {region}', zh: '店铺：{shop} · 地区 {region}' },
  checkedAt: { en: 'Last checked {time}', zh: '最近检查：{time}' },
  technicalDetail: { en: 'Technical detail (for support)', zh: '技术详情（供客服排查）' },
  pollSummary: {
    en: 'Watching {watched} packages, {atRisk} at risk · polls every {minutes} min · last poll: {last}',
    zh: '正在跟踪 {watched} 个包裹，{atRisk} 个有风险 · 每 {minutes} 分钟轮询一次 · 最近轮询：{last}',
  },
  appKey: { en: 'App key', zh: 'App key（应用密钥 ID）' },
  appSecret: { en: 'App secret', zh: 'App secret（应用密钥）' },
  tokenModeLegend: { en: 'How do you authorise the shop?', zh: '如何授权店铺？' },
  tokenModeTokens: { en: 'I have an access token (and refresh token)', zh: '我有访问令牌（及刷新令牌）' },
  tokenModeAuthCode: { en: 'I have an authorization code to exchange', zh: '我有待兑换的授权码' },
  accessToken: { en: 'Access token', zh: '访问令牌（access token）' },
  refreshToken: { en: 'Refresh token (optional)', zh: '刷新令牌（refresh token，可选）' },
  refreshTokenHint: {
    en: 'Lets the extension renew the access token by itself when it expires.',
    zh: '访问令牌过期时，扩展可用它自动续期。',
  },
  authCode: { en: 'Authorization code', zh: '授权码' },
  authCodeHint: { en: 'Codes expire after 30 minutes and work once.', zh: '授权码 30 分钟内有效，且只能使用一次。' },
  shopCipherField: { en: 'Shop cipher (optional)', zh: '店铺 cipher（可选）' },
  shopCipherHint: {
    en: 'Leave empty to use the shop of your region (the test lists your shops).',
    zh: '留空则使用您所在地区的店铺（测试后会列出您的店铺）。',
  },
  region: { en: 'Region (optional)', zh: '地区（可选）' },
  regionAny: { en: 'Not set', zh: '未设置' },
  secretsNote: {
    en: 'Secret fields are never filled in again after saving, and are cleared from this page as soon as you submit.',
    zh: '保存后密钥字段不会再被填回，提交后也会立即从本页面清除。',
  },
  saveAndTest: { en: 'Save & test connection', zh: '保存并测试连接' },
  testConnection: { en: 'Test connection', zh: '测试连接' },
  disconnect: { en: 'Disconnect', zh: '断开连接' },
  disconnectQuestion: {
    en: "Disconnect and delete the saved app secret and tokens from this browser, with the shop's stored orders, tracking numbers, label-print times and alerts?",
    zh: '断开连接并从本浏览器删除已保存的 App secret 和令牌，以及该店铺已存储的订单、运单号、打印面单时间和提醒？',
  },
  disconnectConfirm: { en: 'Yes, disconnect', zh: '确认断开' },
  disconnectDone: {
    en: "Disconnected: every saved secret was deleted, with the shop's stored orders and tracking data. Tracking is no longer polled.",
    zh: '已断开：所有已保存的密钥及该店铺已存储的订单和物流数据均已删除，不再轮询物流轨迹。',
  },
  connectWorking: { en: 'Saving and testing the connection…', zh: '正在保存并测试连接…' },
  testWorking: { en: 'Testing the connection…', zh: '正在测试连接…' },
  connectOk: {
    en: 'Connected: TikTok Shop answered and lists {count} authorized shop(s).',
    zh: '已连接：TikTok Shop 已响应，列出 {count} 个已授权店铺。',
  },
  connectFailedNoReason: { en: 'The connection test failed.', zh: '连接测试失败。' },
  connectNeedsDataConsent: {
    en: 'Not connected: Firefox needs your consent to send the shop’s tokens to the TikTok Shop Open API. Nothing was saved.',
    zh: '未连接：Firefox 需要您同意将店铺令牌发送至 TikTok Shop 开放平台 API。未保存任何内容。',
  },
  shopsCaption: { en: 'Authorized shops', zh: '已授权店铺' },
  shopName: { en: 'Shop', zh: '店铺' },
  shopRegion: { en: 'Region', zh: '地区' },
  shopId: { en: 'Shop ID', zh: '店铺 ID' },
  shopCipher: { en: 'Cipher', zh: '店铺密文（cipher）' },

  // ── Seller profile ──
  profileTitle: { en: 'Seller profile', zh: '卖家资料' },
  profileIntro: {
    en: 'What you tell us about your shop decides which carriers are checked for you and how fees are estimated. Leave unknown fields empty.',
    zh: '这些店铺信息决定为您检查哪些承运商以及如何估算运费。不确定的字段可留空。',
  },
  market: { en: 'Market', zh: '市场' },
  marketUnset: { en: 'Not set', zh: '未设置' },
  businessType: { en: 'Business type', zh: '经营主体类型' },
  businessCompany: { en: 'Company', zh: '企业' },
  businessIndividual: { en: 'Individual business (个体工商户)', zh: '个体工商户' },
  individualIsvNote: {
    en: 'Individual businesses cannot connect a certified carrier directly: they must go through a certified ISV such as Dianxiaomi (店小秘) or Mabang (马帮) (seed S14).',
    zh: '个体工商户不能直接对接认证承运商，须通过认证 ISV（如店小秘、马帮）接入（seed S14）。',
  },
  dailyOrders: { en: 'Orders per day', zh: '日订单量' },
  monthlyParcels: { en: 'Parcels per month', zh: '月包裹量' },
  lowVolumeNote: {
    en: 'Below {min} orders a day certified last mile is not recommended: carrier minimums and integration cost outweigh the benefits ({source}).',
    zh: '日单量低于 {min} 单时不建议使用认证尾程：承运商起订量与对接成本高于收益（{source}）。',
  },
  connectedCarriers: { en: 'Carriers connected in Seller Center', zh: '已在卖家中心连接的承运商' },
  connectedCarriersHint: {
    en: 'Tick the carriers your shop has set up; eligibility and the test label use them.',
    zh: '勾选店铺已开通的承运商；资格检查与测试标签会使用它们。',
  },
  defaultParcel: { en: 'Default parcel', zh: '默认包裹' },
  defaultParcelHint: {
    en: 'Used when Seller Center’s page does not show weight or size; hints say when they used it.',
    zh: '当卖家中心页面未显示重量或尺寸时使用；提示中会注明已使用默认值。',
  },
  weightIn: { en: 'Weight ({unit})', zh: '重量（{unit}）' },
  sideLength: { en: 'Length ({unit})', zh: '长（{unit}）' },
  sideWidth: { en: 'Width ({unit})', zh: '宽（{unit}）' },
  sideHeight: { en: 'Height ({unit})', zh: '高（{unit}）' },
  unitKg: { en: 'kg', zh: '千克' },
  unitLb: { en: 'lb', zh: '磅' },
  unitCm: { en: 'cm', zh: '厘米' },
  unitIn: { en: 'in', zh: '英寸' },
  unitsImperialNote: {
    en: 'Pounds and inches, as your market measures parcels.',
    zh: '按您所在市场的习惯，使用磅和英寸。',
  },
  unitsMetricNote: { en: 'Kilograms and centimetres.', zh: '使用千克和厘米。' },
  saveProfile: { en: 'Save profile', zh: '保存资料' },
  profileSaved: { en: 'Profile saved.', zh: '资料已保存。' },

  // ── Printer ──
  printerTitle: { en: 'Label printer', zh: '面单打印机' },
  printerIntro: {
    en: 'Thermal labels must print at 203 dpi or more; below that barcodes fail to scan and the first-scan rate drops to 61 % (seed S33).',
    zh: '热敏面单须以 203 dpi 或更高分辨率打印；低于此值条码无法扫描，首扫率降至 61 %（seed S33）。',
  },
  resolution: { en: 'Print resolution', zh: '打印分辨率' },
  dpiValue: { en: '{dpi} dpi', zh: '{dpi} dpi' },
  dpiCustom: { en: 'Other', zh: '其他' },
  dpiCustomLabel: { en: 'Resolution in dpi', zh: '分辨率（dpi）' },
  errorDpiMissing: { en: 'Choose your printer’s resolution.', zh: '请选择打印机分辨率。' },
  errorDpiTooLarge: {
    en: 'That resolution is implausibly high: check the number.',
    zh: '分辨率高得不合常理，请检查数字。',
  },
  labelSize: { en: 'Label size', zh: '标签尺寸' },
  label4x6: { en: '4 × 6 in (101.6 × 152.4 mm)', zh: '4 × 6 英寸（101.6 × 152.4 毫米）' },
  label100x150: { en: '100 × 150 mm', zh: '100 × 150 毫米' },
  labelA6: { en: 'A6 (105 × 148 mm)', zh: 'A6（105 × 148 毫米）' },
  savePrinter: { en: 'Save printer', zh: '保存打印机设置' },
  printerSaved: { en: 'Printer saved.', zh: '打印机设置已保存。' },
  openTestLabel: { en: 'Print test label', zh: '打印测试标签' },
  printCheckTitle: { en: 'Will your waybill barcodes scan?', zh: '您的运单条码能被扫描吗？' },
  printCheckNeedsDpi: {
    en: 'Choose a resolution to check your carriers’ barcodes.',
    zh: '选择分辨率后即可检查承运商条码。',
  },
  printCheckCaption: { en: 'Barcode check at {dpi} dpi on {size}', zh: '{dpi} dpi、{size} 标签的条码检查' },
  colCarrier: { en: 'Carrier', zh: '承运商' },
  colSample: { en: 'Sample number', zh: '示例单号' },
  colDotsPerModule: { en: 'Dots per module', zh: '每模块点数' },
  colXMils: { en: 'X-dimension (mil)', zh: 'X 尺寸（mil）' },
  colWidth: { en: 'Barcode width', zh: '条码宽度' },
  colVerdict: { en: 'Verdict', zh: '结论' },
  widthFits: { en: '{mm} mm, fits', zh: '{mm} 毫米，可放下' },
  widthDoesNotFit: { en: '{mm} mm, does not fit', zh: '{mm} 毫米，放不下' },
  verdictProblem: { en: 'Problem:', zh: '有问题：' },
  samplesAllNote: {
    en: 'No connected carriers in your profile yet: every sample format on file is shown.',
    zh: '资料中尚未勾选承运商：显示所有已收录的示例格式。',
  },
  noSampleFor: {
    en: 'No verified sample number on file for {carriers} (no published format with a check digit): add one of your own waybill numbers on the test label.',
    zh: '{carriers} 暂无经核验的示例单号（未公开带校验位的格式）：请在测试标签中添加您自己的运单号。',
  },
  labelModuleLoading: { en: 'Loading the barcode tools…', zh: '正在加载条码工具…' },
  labelModuleFailed: { en: 'The barcode tools could not be loaded: {detail}', zh: '无法加载条码工具：{detail}' },

  // ── Test label ──
  testLabelTitle: { en: 'Print a test label', zh: '打印测试标签' },
  testLabelNeedsPrinter: {
    en: 'Save your printer’s resolution and label size first.',
    zh: '请先保存打印机分辨率和标签尺寸。',
  },
  backToSettings: { en: 'Back to the printer settings', zh: '返回打印机设置' },
  testLabelIntro: {
    en: 'Each label below is drawn dot for dot as a {dpi} dpi printer prints it on {size}, and read back with a barcode decoder.',
    zh: '下方每张标签都按 {dpi} dpi 打印机在 {size} 上的实际点阵绘制，并用条码解码器回读验证。',
  },
  stepHighQuality: {
    en: 'In the printer’s properties, tick “High Quality” (seed S34).',
    zh: '在打印机属性中勾选“高质量”（seed S34）。',
  },
  stepActualSize: {
    en: 'In the print dialog choose your label printer, paper size as the label, scale 100 % / “Actual size” (not “Fit to page”).',
    zh: '在打印对话框中选择面单打印机，纸张尺寸与标签一致，缩放 100 % /“实际大小”（不要选“适合页面”）。',
  },
  stepScanPaper: {
    en: 'Scan the printed paper label with your scanner or the carrier’s app before going live (seed S34).',
    zh: '正式发货前，用扫描枪或承运商 App 扫描打印出的纸质标签（seed S34）。',
  },
  ownNumberLabel: { en: 'Add one of your own waybill numbers', zh: '添加您自己的运单号' },
  ownCarrierLabel: { en: 'Its carrier', zh: '所属承运商' },
  ownCarrierUnknown: { en: 'Not sure', zh: '不确定' },
  addOwnNumber: { en: 'Add to the test labels', zh: '加入测试标签' },
  ownNumber: { en: 'Your number', zh: '您的单号' },
  printButton: { en: 'Print', zh: '打印' },
  noLabelsYet: {
    en: 'No labels yet: add one of your own waybill numbers above.',
    zh: '暂无标签：请在上方添加您自己的运单号。',
  },
  cannotRender: { en: 'This number cannot be drawn as a Code 128 barcode:', zh: '此单号无法绘制为 Code 128 条码：' },
  testLabelBanner: { en: 'TEST LABEL — NOT A SHIPMENT', zh: '测试标签 — 非真实发货' },
  barcodeAlt: { en: 'Barcode of {text}', zh: '{text} 的条码' },
  labelFigures: {
    en: '{dpi} dpi · {dots} dots/module · X {mils} mil',
    zh: '{dpi} dpi · 每模块 {dots} 点 · X {mils} mil',
  },
  scanRunning: { en: 'Scanning…', zh: '正在扫描…' },
  scanOk: { en: 'Scans: OK — read {text}.', zh: '扫描：成功 — 读出 {text}。' },
  scanFailed: { en: 'Scan failed: {reason}', zh: '扫描失败：{reason}' },
  scanUnknownFailure: { en: 'the decoder read something else.', zh: '解码结果与预期不符。' },
  scanLines: { en: '{read} of {tried} scan lines read it.', zh: '{tried} 条扫描线中有 {read} 条读出。' },
  simulatedScan: {
    en: 'Simulated thermal print and handheld scan at {dpi} dpi (dot gain, ~200 ppi imager, noise): {percent} % of scan lines read ({read}/{tried}). A model, not a substitute for scanning the paper label.',
    zh: '模拟 {dpi} dpi 热敏打印与手持扫描（点扩散、约 200 ppi 成像、噪声）：{percent} % 的扫描线读出（{read}/{tried}）。仅为模型，不能代替扫描纸质标签。',
  },
  widthWithQuietZones: {
    en: '{mm} mm ({inches} in, {dots} dots) with quiet zones',
    zh: '含静区 {mm} 毫米（{inches} 英寸，{dots} 点）',
  },
  fitsLabel: { en: 'Fits the label', zh: '能否放下' },
  fitsYes: { en: 'yes ({usable} mm available)', zh: '能（可用 {usable} 毫米）' },
  fitsNo: { en: 'no ({usable} mm available)', zh: '不能（可用 {usable} 毫米）' },

  // ── Carrier callbacks ──
  callbacksTitle: { en: 'Carrier tracking callbacks', zh: '承运商轨迹回传地址' },
  callbacksIntro: {
    en: 'If tracking never reaches TikTok, orders stay “Pending Shipment” even after the label is printed. Check that each carrier’s back office pushes tracking to the endpoint TikTok specifies (seed S28).',
    zh: '如果轨迹未回传到 TikTok，即使已打印面单，订单也会停留在“待发货”。请核对各承运商后台的轨迹回传地址是否为 TikTok 指定的接口（seed S28）。',
  },
  expectedEndpoint: {
    en: 'Endpoint TikTok specifies for {market}: {url} ({source})',
    zh: 'TikTok 为 {market} 指定的接口：{url}（{source}）',
  },
  callbackNoMarket: {
    en: 'Set your market in the seller profile to compare with the expected endpoint.',
    zh: '请在卖家资料中设置市场，以便与指定接口比对。',
  },
  callbackNoEndpoint: {
    en: 'No endpoint on file for {market}: ask the carrier or TikTok Seller Support which address to use.',
    zh: '暂无 {market} 的指定接口记录：请向承运商或 TikTok 卖家支持确认应使用的地址。',
  },
  callbacksNoCarriers: {
    en: 'Tick your connected carriers in the seller profile first.',
    zh: '请先在卖家资料中勾选已连接的承运商。',
  },
  callbackFor: { en: 'Callback URL configured at {carrier}', zh: '{carrier} 后台配置的回传地址' },
  callbackMatch: { en: 'Matches the endpoint TikTok specifies.', zh: '与 TikTok 指定的接口一致。' },
  callbackMismatchHost: {
    en: 'Different host from the endpoint TikTok specifies ({expected}): tracking pushed here does not reach TikTok.',
    zh: '主机与 TikTok 指定的接口（{expected}）不同：推送到此处的轨迹不会到达 TikTok。',
  },
  callbackMismatchPath: {
    en: 'Same host but a different path from the endpoint TikTok specifies ({expected}).',
    zh: '主机相同，但路径与 TikTok 指定的接口（{expected}）不同。',
  },
  saveCallbacks: { en: 'Save callback URLs', zh: '保存回传地址' },
  callbacksSaved: { en: 'Callback URLs saved.', zh: '回传地址已保存。' },

  // ── Rate cards & rule pack ──
  rulesTitle: { en: 'Rate cards & rule pack', zh: '费率表与规则包' },
  rulesIntro: {
    en: 'The built-in pack holds only published figures; anything else shows “no rate on file”. Import your contract rates as a CSV rate card, or a rule pack JSON.',
    zh: '内置规则包只包含有出处的数据，其余显示“暂无费率”。可导入 CSV 费率表（您的合同价）或规则包 JSON。',
  },
  rulesDefault: {
    en: 'Using the built-in rule pack {version} (effective {from}); no overrides.',
    zh: '正在使用内置规则包 {version}（{from} 起生效）；无自定义覆盖。',
  },
  rulesWithOverride: {
    en: 'Using rule pack {version}: your overrides ({tables} fee table(s)) merged over the built-in pack.',
    zh: '正在使用规则包 {version}：您的覆盖（{tables} 个费用表）已合并到内置规则包上。',
  },
  storedOverrideBroken: {
    en: 'Your saved overrides no longer pass validation and are ignored (the built-in pack is used). Import a corrected file or reset.',
    zh: '已保存的覆盖未通过校验，已被忽略（正在使用内置规则包）。请导入修正后的文件或重置。',
  },
  importLabel: { en: 'Import a rate card (.csv) or rule pack (.json)', zh: '导入费率表（.csv）或规则包（.json）' },
  importHint: {
    en: 'Choose a file or drop it here. A file with any error changes nothing; a good one is shown first, then applied over your current overrides.',
    zh: '选择文件或拖放到此处。有任何错误的文件不会改动任何内容；正确的文件会先预览，再合并到当前覆盖之上。',
  },
  importReading: { en: 'Reading {file}…', zh: '正在读取 {file}…' },
  importRefused: {
    en: '{file} was not imported: {count} problem(s). Nothing was changed.',
    zh: '{file} 未导入：{count} 个问题，未做任何更改。',
  },
  importPreview: { en: '{file} is valid. It would change:', zh: '{file} 校验通过，将更改：' },
  importPreviewRows: {
    en: '{file} is valid ({rows} rate rows). It would change:',
    zh: '{file} 校验通过（{rows} 行费率），将更改：',
  },
  importNoChanges: {
    en: 'Nothing: the file matches what is already in effect.',
    zh: '无变化：文件内容与当前生效的规则一致。',
  },
  importApply: { en: 'Apply these changes', zh: '应用这些更改' },
  importApplied: { en: '{file} applied: your overrides were saved.', zh: '已应用 {file}：覆盖已保存。' },
  importCancelled: { en: 'Import cancelled: nothing was changed.', zh: '已取消导入，未做任何更改。' },
  changeFeeTableAdded: { en: 'New fee table:', zh: '新增费用表：' },
  changeFeeTableChanged: { en: 'Changed fee table:', zh: '更改费用表：' },
  changeCarrierAdded: { en: 'New carrier (no certification on file):', zh: '新增承运商（无认证记录）：' },
  changeCarrierMarkets: { en: 'Carrier serves new market(s):', zh: '承运商新增服务市场：' },
  changeMarket: { en: 'Changed market rules:', zh: '更改市场规则：' },
  changePostcodeSetAdded: { en: 'New postcode set:', zh: '新增邮编集合：' },
  changePostcodeSetChanged: { en: 'Changed postcode set:', zh: '更改邮编集合：' },
  changePack: { en: 'Changed pack setting:', zh: '更改规则包设置：' },
  downloadTemplate: { en: 'Download CSV template', zh: '下载 CSV 模板' },
  templatesIntro: {
    en: "Templates with example figures (not a carrier's prices — put in your contract rates), each explained in RATE-CARD.md:",
    zh: '带示例数字的模板（不是承运商的价格——请填入你的合同费率），说明见 RATE-CARD.md：',
  },
  templateLineCard: { en: 'Weight-band line card (J&T-style)', zh: '按重量段的专线价目表（极兔式）' },
  templateZoneCard: { en: 'Zone card (USPS-style)', zh: '分区价目表（USPS 式）' },
  templateSizeCard: { en: 'Size × weight card (Royal Mail-style)', zh: '规格 × 重量价目表（皇家邮政式）' },
  templateZoneMatrix: { en: 'Zone matrix, origin × destination', zh: '分区矩阵（始发地 × 目的地）' },
  exportPack: { en: 'Export effective pack (JSON)', zh: '导出当前生效的规则包（JSON）' },
  exportOverride: { en: 'Export my overrides (JSON)', zh: '导出我的覆盖（JSON）' },
  resetRules: { en: 'Reset to built-in pack', zh: '重置为内置规则包' },
  resetQuestion: { en: 'Delete all your imported rates and overrides?', zh: '删除您导入的全部费率与覆盖？' },
  resetConfirm: { en: 'Yes, reset', zh: '确认重置' },
  resetDone: { en: 'Reset: the built-in rule pack is in effect.', zh: '已重置：正在使用内置规则包。' },

  // ── Language & polling ──
  languageTitle: { en: 'Language & tracking updates', zh: '语言与物流更新' },
  languageLegend: { en: 'Language of the extension', zh: '扩展界面语言' },
  languageAuto: { en: 'Automatic (browser language)', zh: '自动（跟随浏览器语言）' },
  languageSaved: { en: 'Language saved.', zh: '语言已保存。' },
  pollInterval: { en: 'Check tracking every (minutes)', zh: '物流轨迹检查间隔（分钟）' },
  pollIntervalHint: {
    en: 'At least {min} minute (the browser wakes the extension at most that often). Default 15.',
    zh: '至少 {min} 分钟（浏览器唤醒扩展的最短间隔）。默认 15 分钟。',
  },
  pollIntervalInvalid: {
    en: 'Enter a whole number of minutes, {min} or more.',
    zh: '请输入不小于 {min} 的整数分钟数。',
  },
  savePollInterval: { en: 'Save interval', zh: '保存间隔' },
  pollSaved: { en: 'Tracking is checked every {minutes} minutes.', zh: '将每 {minutes} 分钟检查一次物流轨迹。' },
} satisfies Record<string, Localized>;

export type OptionsMessageKey = keyof typeof optionsMessages;
