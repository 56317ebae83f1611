<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Cases</name>
        <message>
            <source>Case %1</source>
            <translation>案件 %1</translation>
        </message>
        <message>
            <source>Back to my cases</source>
            <translation>返回我的案件</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation>编号：%1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>处理经过</translation>
        </message>
        <message>
            <source>Open the signed PDF</source>
            <translation>打开已签名的 PDF</translation>
        </message>
        <message>
            <source>Shows the application as you signed and sent it</source>
            <translation>显示您签名并发送时的申请</translation>
        </message>
        <message>
            <source>Letters about this case</source>
            <translation>与此案件有关的信件</translation>
        </message>
        <message>
            <source>Letter %1</source>
            <translation>信件 %1</translation>
        </message>
        <message>
            <source>Opens the letter</source>
            <translation>打开信件</translation>
        </message>
        <message>
            <source>No address of the government gateway is set. Set it in Settings.</source>
            <translation>尚未设置政府网关地址。请在“设置”中设置。</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>我的案件</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n 个案件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) sent</source>
            <translation>
                <numerusform>已发送 %n 份表格</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading your cases…</source>
            <translation>正在加载您的案件…</translation>
        </message>
        <message>
            <source>The service cannot be reached, so this list shows what this computer keeps.</source>
            <translation>无法连接该服务，因此此列表仅显示本计算机上保存的内容。</translation>
        </message>
        <message>
            <source>You have not sent any form yet.</source>
            <translation>您尚未发送任何表格。</translation>
        </message>
        <message>
            <source>Send waiting forms now</source>
            <translation>立即发送等待中的表格</translation>
        </message>
        <message>
            <source>Logs in with your card and sends what waits on this computer</source>
            <translation>使用您的卡登录，并发送本计算机上等待发送的内容</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Asks the service for the latest status</source>
            <translation>向服务查询最新状态</translation>
        </message>
        <message>
            <source>Forms you sent and their status</source>
            <translation>您发送的表格及其状态</translation>
        </message>
        <message numerus="yes">
            <source>Inbox: %n unread letter(s)</source>
            <translation>
                <numerusform>收件箱：%n 封未读信件</numerusform>
            </translation>
        </message>
        <message>
            <source>Inbox: no unread letters</source>
            <translation>收件箱：没有未读信件</translation>
        </message>
        <message>
            <source>Letters government sent you</source>
            <translation>政府寄给您的信件</translation>
        </message>
        <message>
            <source>Received on %1</source>
            <translation>接收日期：%1</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>等待发送</translation>
        </message>
        <message>
            <source>Refused: correct it and sign again</source>
            <translation>被拒绝：请更正后重新签名</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已接收</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>已决定</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
    </context>
    <context>
        <name>CheckAnswers</name>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Check your answers before sending</source>
            <translation>发送前请检查您的回答</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <source>To pay before you sign</source>
            <translation>签名前需支付</translation>
        </message>
        <message>
            <source>Now sign and send</source>
            <translation>现在签名并发送</translation>
        </message>
        <message>
            <source>You sign with your eID card and its PIN. Your signature has the same value as a handwritten one: check your answers first.</source>
            <translation>您将使用电子身份证及其 PIN 码签名。您的签名与手写签名具有同等效力：请先检查您的回答。</translation>
        </message>
        <message>
            <source>Continue to payment</source>
            <translation>继续付款</translation>
        </message>
        <message>
            <source>Opens the payment page</source>
            <translation>打开付款页面</translation>
        </message>
        <message>
            <source>Asks for your PIN, signs the form with your card and sends it</source>
            <translation>要求输入 PIN 码，用您的卡签署表格并发送</translation>
        </message>
        <message>
            <source>Save and come back later</source>
            <translation>保存，稍后继续</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>更改</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>更改%1</translation>
        </message>
    </context>
    <context>
        <name>Confirmation</name>
        <message>
            <source>Application sent</source>
            <translation>申请已发送</translation>
        </message>
        <message>
            <source>Your reference number</source>
            <translation>您的编号</translation>
        </message>
        <message>
            <source>Application signed and saved</source>
            <translation>申请已签名并保存</translation>
        </message>
        <message>
            <source>The service cannot be reached right now. Your signed application is safe on this computer. It will be sent when the service can be reached again; you can also send it yourself from My cases.</source>
            <translation>目前无法连接该服务。您已签名的申请安全地保存在本计算机上。服务恢复后将发送该申请；您也可以在“我的案件”中自行发送。</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>接下来会怎样</translation>
        </message>
        <message>
            <source>Questions about your application</source>
            <translation>有关您申请的问题</translation>
        </message>
        <message>
            <source>Contact %1 and give your reference number.</source>
            <translation>请联系%1，并提供您的编号。</translation>
        </message>
        <message>
            <source>Keep a record</source>
            <translation>保留记录</translation>
        </message>
        <message>
            <source>Save the signed PDF</source>
            <translation>保存已签名的 PDF</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>See your cases</source>
            <translation>查看您的案件</translation>
        </message>
        <message>
            <source>Back to your road</source>
            <translation>返回您的人生之路</translation>
        </message>
    </context>
    <context>
        <name>ErrorSummary</name>
        <message>
            <source>There is a problem</source>
            <translation>出现问题</translation>
        </message>
        <message>
            <source>Goes to the answer to fix</source>
            <translation>转到需要更正的回答</translation>
        </message>
    </context>
    <context>
        <name>FeePage</name>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Pay the fee</source>
            <translation>支付费用</translation>
        </message>
        <message>
            <source>This service costs %1: %2.</source>
            <translation>此项服务收费 %1：%2。</translation>
        </message>
        <message>
            <source>You pay before you sign. If sending fails later, your payment is kept for this application.</source>
            <translation>您需在签名前付款。如果之后发送失败，您的付款将保留给此申请。</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>Expiry month (MM)</source>
            <translation>到期月份（MM）</translation>
        </message>
        <message>
            <source>Expiry year (YYYY)</source>
            <translation>到期年份（YYYY）</translation>
        </message>
        <message>
            <source>Security code (3 digits on the back)</source>
            <translation>安全码（背面的 3 位数字）</translation>
        </message>
        <message>
            <source>Pay %1</source>
            <translation>支付 %1</translation>
        </message>
        <message>
            <source>Asks for your card PIN to log in, then pays</source>
            <translation>要求输入卡的 PIN 码登录，然后付款</translation>
        </message>
        <message>
            <source>Paying…</source>
            <translation>正在付款…</translation>
        </message>
        <message>
            <source>Enter the card number</source>
            <translation>请输入卡号</translation>
        </message>
        <message>
            <source>Enter the expiry month, for example 07</source>
            <translation>请输入到期月份，例如 07</translation>
        </message>
        <message>
            <source>Enter the expiry year, for example 2029</source>
            <translation>请输入到期年份，例如 2029</translation>
        </message>
        <message>
            <source>Enter the security code</source>
            <translation>请输入安全码</translation>
        </message>
    </context>
    <context>
        <name>FormFailure</name>
        <message>
            <source>Nothing was sent. Your answers are kept.</source>
            <translation>没有发送任何内容。您的回答已保留。</translation>
        </message>
        <message>
            <source>The PIN was wrong. You have one try left: a third wrong PIN blocks the card, and only your town hall can unblock it.</source>
            <translation>PIN 码错误。您只剩一次机会：第三次输错将锁定此卡，只有您的市镇政府才能解锁。</translation>
        </message>
        <message numerus="yes">
            <source>The PIN was wrong. You have %n tries left before the card is blocked.</source>
            <translation>
                <numerusform>PIN 码错误。在卡被锁定前，您还有 %n 次机会。</numerusform>
            </translation>
        </message>
        <message>
            <source>Your PIN is blocked after three wrong tries. Your town hall can unblock it with the PUK code letter.</source>
            <translation>连续三次输错后，您的 PIN 码已被锁定。您的市镇政府可使用 PUK 码信函为其解锁。</translation>
        </message>
        <message>
            <source>You did not enter your PIN, so nothing was signed or sent.</source>
            <translation>您没有输入 PIN 码，因此没有签名或发送任何内容。</translation>
        </message>
        <message>
            <source>Your card was taken out of the reader. Put it back and press the button again.</source>
            <translation>您的卡已从读卡器中取出。请重新插入并再次按下按钮。</translation>
        </message>
        <message>
            <source>Another card is in the reader. Put back the card of the person who filled in this form.</source>
            <translation>读卡器中是另一张卡。请插回填写此表格者的卡。</translation>
        </message>
        <message>
            <source>The card reader cannot be reached. Check that it is plugged in.</source>
            <translation>无法访问读卡器。请检查它是否已连接。</translation>
        </message>
        <message>
            <source>The service refused: %1</source>
            <translation>该服务拒绝了：%1</translation>
        </message>
        <message>
            <source>The service cannot be reached at the moment. Check your internet connection and try again.</source>
            <translation>目前无法连接该服务。请检查您的网络连接后重试。</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Try again; if it keeps happening, copy the report in Diagnostics for the help desk.</source>
            <translation>出现错误（%1）。请重试；如果问题持续出现，请在“诊断”中复制报告并提供给服务台。</translation>
        </message>
    </context>
    <context>
        <name>FormField</name>
        <message>
            <source>Documents (%1)</source>
            <translation>文档（%1）</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>%1 (optional)</source>
            <translation>%1（可选）</translation>
        </message>
        <message>
            <source>From your eID card</source>
            <translation>来自您的电子身份证</translation>
        </message>
        <message>
            <source>This is correct</source>
            <translation>信息正确</translation>
        </message>
        <message>
            <source>%1 is correct</source>
            <translation>%1正确</translation>
        </message>
        <message>
            <source>If this is wrong, your town hall can correct the card's data.</source>
            <translation>如果信息有误，您的市镇政府可以更正卡上的数据。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>我不知道</translation>
        </message>
        <message>
            <source>I agree</source>
            <translation>我同意</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>街道和门牌号</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>邮政编码</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>市镇</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>未选择文件</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>已选择：%1</translation>
        </message>
    </context>
    <context>
        <name>FormPage</name>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Goes to the previous question; what you typed here is kept.</source>
            <translation>返回上一个问题；您在此处输入的内容会保留。</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Checks this page and returns to Check your answers</source>
            <translation>检查本页并返回“检查您的回答”</translation>
        </message>
        <message>
            <source>Checks this page and goes to the next one</source>
            <translation>检查本页并进入下一页</translation>
        </message>
        <message>
            <source>Save and come back later</source>
            <translation>保存，稍后继续</translation>
        </message>
        <message>
            <source>Your answers so far are kept on this computer, locked to your card.</source>
            <translation>您目前的回答保存在本计算机上，并与您的卡绑定加密。</translation>
        </message>
    </context>
    <context>
        <name>FormScreen</name>
        <message>
            <source>No address of the government gateway is set. Set it in Settings.</source>
            <translation>尚未设置政府网关地址。请在“设置”中设置。</translation>
        </message>
        <message>
            <source>Your saved answers are back. Carry on where you left off.</source>
            <translation>您保存的回答已恢复。请从上次中断处继续。</translation>
        </message>
        <message>
            <source>Part %1 of %2 done</source>
            <translation>已完成 %2 部分中的 %1 部分</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>Your answers are saved. Open the service again to carry on.</source>
            <translation>您的回答已保存。再次打开该服务即可继续。</translation>
        </message>
        <message>
            <source>Your answers could not be saved on this computer; finish the form now to keep them.</source>
            <translation>您的回答无法保存在本计算机上；请现在填完表格以免丢失。</translation>
        </message>
        <message>
            <source>Payment received. Now sign and send your application.</source>
            <translation>已收到付款。现在请签名并发送您的申请。</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>Inbox</source>
            <translation>收件箱</translation>
        </message>
        <message numerus="yes">
            <source>%n unread letter(s)</source>
            <translation>
                <numerusform>%n 封未读信件</numerusform>
            </translation>
        </message>
        <message>
            <source>No unread letters</source>
            <translation>没有未读信件</translation>
        </message>
        <message>
            <source>Loading your letters…</source>
            <translation>正在加载您的信件…</translation>
        </message>
        <message>
            <source>No letters yet.</source>
            <translation>还没有信件。</translation>
        </message>
        <message>
            <source>%1 (unread)</source>
            <translation>%1（未读）</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Looks for new letters</source>
            <translation>查找新信件</translation>
        </message>
        <message>
            <source>Letters government sent you</source>
            <translation>政府寄给您的信件</translation>
        </message>
    </context>
    <context>
        <name>Keeping</name>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>无法保存 PDF：%1</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>已另存为 %1</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>已发送到打印机</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>What comes next</source>
            <translation>接下来的事项</translation>
        </message>
        <message>
            <source>Nothing needs your attention right now.</source>
            <translation>目前没有需要您处理的事项。</translation>
        </message>
        <message>
            <source>Opens %1</source>
            <translation>打开%1</translation>
        </message>
    </context>
    <context>
        <name>PdfView</name>
        <message>
            <source>Smaller</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Shows the pages smaller</source>
            <translation>缩小页面显示</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Shows the pages larger</source>
            <translation>放大页面显示</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Saves the PDF on this computer</source>
            <translation>将 PDF 保存到本计算机</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Prints the document</source>
            <translation>打印该文档</translation>
        </message>
        <message>
            <source>Document pages</source>
            <translation>文档页面</translation>
        </message>
        <message>
            <source>Use the arrow keys and Page Down to read on</source>
            <translation>使用方向键和 Page Down 键继续阅读</translation>
        </message>
        <message>
            <source>Opening the document…</source>
            <translation>正在打开文档…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 页</numerusform>
            </translation>
        </message>
        <message>
            <source>This document cannot be shown.</source>
            <translation>无法显示此文档。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
    </context>
    <context>
        <name>RoadCanvas</name>
        <message>
            <source>Your road of life</source>
            <translation>您的人生之路</translation>
        </message>
        <message>
            <source>You are at the station %1. Use the arrow keys to walk along the road and Enter to open a station.</source>
            <translation>您位于站点“%1”。使用方向键沿路移动，按回车键打开站点。</translation>
        </message>
        <message>
            <source>You are here</source>
            <translation>您在这里</translation>
        </message>
    </context>
    <context>
        <name>RoadPage</name>
        <message>
            <source>Your road of life</source>
            <translation>您的人生之路</translation>
        </message>
        <message>
            <source>You are %1. You are at: %2. Stations that matter now are highlighted; open one to see its services.</source>
            <translation>您%1。您目前位于：%2。当前重要的站点已突出显示；打开站点即可查看其服务。</translation>
        </message>
    </context>
    <context>
        <name>RoadStation</name>
        <message>
            <source>Matters now</source>
            <translation>当前重要</translation>
        </message>
        <message>
            <source>Coming soon</source>
            <translation>即将到来</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>以后</translation>
        </message>
        <message>
            <source>Behind you</source>
            <translation>已经过去</translation>
        </message>
        <message>
            <source>You are here.</source>
            <translation>您在这里。</translation>
        </message>
        <message numerus="yes">
            <source>%n service(s).</source>
            <translation>
                <numerusform>%n 项服务。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>For example: moving house, pension, driving licence</source>
            <translation>例如：搬家、养老金、驾照</translation>
        </message>
        <message>
            <source>Search services</source>
            <translation>搜索服务</translation>
        </message>
        <message>
            <source>Type what you need in your own words; results appear below.</source>
            <translation>用您自己的话输入您需要的内容；结果会显示在下方。</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n 个结果</numerusform>
            </translation>
        </message>
        <message>
            <source>No results. Try other words, or look along the road below.</source>
            <translation>没有结果。请换个说法，或沿下方的道路查看。</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Station on your road</source>
            <translation>您道路上的站点</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>信息</translation>
        </message>
    </context>
    <context>
        <name>Sending</name>
        <message>
            <source>Signing and sending</source>
            <translation>正在签名并发送</translation>
        </message>
        <message>
            <source>Preparing your document</source>
            <translation>正在准备您的文档</translation>
        </message>
        <message>
            <source>Signing with your card (enter your PIN when asked)</source>
            <translation>正在用您的卡签名（提示时请输入 PIN 码）</translation>
        </message>
        <message>
            <source>Logging in to the service with your card (enter your PIN when asked)</source>
            <translation>正在用您的卡登录服务（提示时请输入 PIN 码）</translation>
        </message>
        <message>
            <source>Sending your signed application</source>
            <translation>正在发送您已签名的申请</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Keep your card in the reader until this is finished.</source>
            <translation>完成之前请勿从读卡器中取出您的卡。</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <source>Back to %1</source>
            <translation>返回%1</translation>
        </message>
        <message>
            <source>What it is</source>
            <translation>这是什么</translation>
        </message>
        <message>
            <source>Who provides it</source>
            <translation>由谁提供</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>您需要什么</translation>
        </message>
        <message>
            <source>Where to go</source>
            <translation>去哪里办理</translation>
        </message>
        <message>
            <source>You can do this here, online. You sign with your eID card and its PIN.</source>
            <translation>您可以在这里在线办理。您将使用电子身份证及其 PIN 码签名。</translation>
        </message>
        <message>
            <source>It costs %1, paid online before you sign.</source>
            <translation>费用为 %1，需在签名前在线支付。</translation>
        </message>
        <message>
            <source>Do it online</source>
            <translation>在线办理</translation>
        </message>
        <message>
            <source>Continue your saved application</source>
            <translation>继续您保存的申请</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>立即开始</translation>
        </message>
        <message>
            <source>Opens the online form, one question at a time.</source>
            <translation>打开在线表格，每次一个问题。</translation>
        </message>
        <message>
            <source>More information</source>
            <translation>更多信息</translation>
        </message>
        <message>
            <source>Opens the official website in your browser.</source>
            <translation>在浏览器中打开官方网站。</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <source>Back to your road</source>
            <translation>返回您的人生之路</translation>
        </message>
        <message>
            <source>%1 · You are here</source>
            <translation>%1 · 您在这里</translation>
        </message>
        <message>
            <source>When: %1</source>
            <translation>时间：%1</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>No service here fits your situation at the moment. Search for a service by name from your road.</source>
            <translation>此处目前没有适合您情况的服务。请在您的人生之路页面按名称搜索服务。</translation>
        </message>
        <message>
            <source>What comes next</source>
            <translation>接下来的事项</translation>
        </message>
        <message>
            <source>You can do this here, online.</source>
            <translation>您可以在这里在线办理。</translation>
        </message>
        <message>
            <source>Not online here: the page says where to go.</source>
            <translation>无法在此在线办理：页面会告诉您去哪里办理。</translation>
        </message>
    </context>
</TS>
