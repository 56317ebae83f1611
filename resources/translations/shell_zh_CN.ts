<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutYou</name>
    <message>
        <source>I have children</source>
        <translation>我有孩子</translation>
    </message>
    <message>
        <source>We are expecting a baby</source>
        <translation>我们即将迎来宝宝</translation>
    </message>
    <message>
        <source>I am a student</source>
        <translation>我是学生</translation>
    </message>
    <message>
        <source>I have a job</source>
        <translation>我有工作</translation>
    </message>
    <message>
        <source>I am looking for work</source>
        <translation>我在找工作</translation>
    </message>
    <message>
        <source>I run a business</source>
        <translation>我经营一家企业</translation>
    </message>
    <message>
        <source>I am retired</source>
        <translation>我已退休</translation>
    </message>
    <message>
        <source>I am not a Belgian citizen</source>
        <translation>我不是比利时公民</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>我有残障</translation>
    </message>
    <message>
        <source>Someone close to me has died</source>
        <translation>我的一位亲人去世了</translation>
    </message>
    <message>
        <source>Tell us about your situation (optional)</source>
        <translation>告诉我们您的情况（可选）</translation>
    </message>
    <message>
        <source>Show or hide a few questions; your answers put the services that matter to you first.</source>
        <translation>显示或隐藏几个问题；您的回答会让与您相关的服务排在前面。</translation>
    </message>
    <message>
        <source>Tick what applies to you. The road changes at once. Your answers are kept only while your card is in the reader.</source>
        <translation>请勾选适合您的情况。人生之路会立即更新。您的回答只在卡插在读卡器中时保留。</translation>
    </message>
    <message>
        <source>Tick if this applies to you, to see the services that go with it.</source>
        <translation>如适用请勾选，即可看到相关服务。</translation>
    </message>
</context>
<context>
    <name>CardMessages</name>
    <message>
        <source>Wrong PIN. One try left before the card is blocked.</source>
        <translation>PIN码错误。再错一次，卡就会被锁定。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. You have %n tries left.</source>
        <translation>
            <numerusform>PIN码错误。您还有 %n 次机会。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN is blocked after three wrong tries. Your town hall can unblock it with your PUK letter.</source>
        <translation>连续三次输错后，您的PIN码已被锁定。市政厅可以凭您的PUK码信件为您解锁。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN码由4到12位数字组成。</translation>
    </message>
    <message>
        <source>The card was taken out. Put your eID card back in the reader and try again.</source>
        <translation>卡已被取出。请把您的eID卡重新插入读卡器，然后再试一次。</translation>
    </message>
    <message>
        <source>The card was changed. Check which card is in the reader.</source>
        <translation>卡已被更换。请检查读卡器中是哪张卡。</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in your card reader.</source>
        <translation>没有连接读卡器。请插上您的读卡器。</translation>
    </message>
    <message>
        <source>The card reader software is not running.</source>
        <translation>读卡器软件没有运行。</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>这张卡不是比利时eID卡。</translation>
    </message>
    <message>
        <source>The card did not do what was asked. Take it out, put it back and try again.</source>
        <translation>卡没有完成所要求的操作。请取出卡，重新插入，然后再试一次。</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, open Help to copy a report for the helpdesk.</source>
        <translation>出了点问题。请再试一次；如果再次发生，请打开“帮助”，复制一份报告发给服务台。</translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is the right way round, chip first.</source>
        <translation>卡没有响应。请检查卡的方向是否正确，芯片一端先插入。</translation>
    </message>
    <message>
        <source>The card was taken out while it was being read.</source>
        <translation>读卡过程中卡被取出了。</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out, put it back and try again.</source>
        <translation>无法读取这张卡。请取出卡，重新插入，然后再试一次。</translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <source>The card reader software is not running</source>
        <translation>读卡器软件没有运行</translation>
    </message>
    <message>
        <source>Your computer&apos;s smart card service is stopped, so the card reader cannot be used. Restart your computer; if this screen stays, open Help.</source>
        <translation>您电脑上的智能卡服务已停止，因此无法使用读卡器。请重新启动电脑；如果仍然显示此画面，请打开“帮助”。</translation>
    </message>
    <message>
        <source>Connect a card reader</source>
        <translation>请连接读卡器</translation>
    </message>
    <message>
        <source>Plug your card reader into the computer. This screen changes by itself when the reader is found.</source>
        <translation>请把读卡器连接到电脑上。找到读卡器后，此画面会自动切换。</translation>
    </message>
    <message>
        <source>Insert your eID card</source>
        <translation>请插入您的eID卡</translation>
    </message>
    <message>
        <source>Use the demo panel at the bottom to insert a virtual card.</source>
        <translation>请使用底部的演示面板插入一张虚拟卡。</translation>
    </message>
    <message>
        <source>Put your eID card in the reader, chip first and facing up.</source>
        <translation>请将eID卡插入读卡器，芯片一端朝上先插入。</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>正在读取您的卡</translation>
    </message>
    <message>
        <source>This takes a second or two. Leave the card in the reader.</source>
        <translation>这需要一两秒钟。请不要取出卡。</translation>
    </message>
    <message>
        <source>This card cannot be used</source>
        <translation>无法使用这张卡</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed</source>
        <translation>无法确认这张卡上的数据</translation>
    </message>
    <message>
        <source>The data on this card is not signed as the National Register signs it, so government services will not accept it. Your town hall can help.</source>
        <translation>这张卡上的数据没有国家登记处的签名，政府部门不会接受。您的市政厅可以提供帮助。</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>请取走您的卡</translation>
    </message>
    <message>
        <source>Your session has ended and everything you entered has been deleted. Take your card out of the reader.</source>
        <translation>您的会话已结束，您输入的所有内容均已删除。请从读卡器中取出您的卡。</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>正在读卡</translation>
    </message>
    <message>
        <source>The card is being read.</source>
        <translation>正在读取卡。</translation>
    </message>
    <message>
        <source>Take the card out and put it back. A bank card or another kind of card cannot be used here.</source>
        <translation>请取出卡再重新插入。银行卡或其他类型的卡不能在这里使用。</translation>
    </message>
    <message>
        <source>Help and diagnostics</source>
        <translation>帮助与诊断</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>重新读卡</translation>
    </message>
    <message>
        <source>See what the card says</source>
        <translation>查看卡上的内容</translation>
    </message>
    <message>
        <source>Try reading the card in the reader again.</source>
        <translation>再次尝试读取读卡器中的卡。</translation>
    </message>
    <message>
        <source>Open My eID with the checks that failed.</source>
        <translation>打开“我的eID”，查看未通过的检查。</translation>
    </message>
    <message>
        <source>What this computer knows about the card reader, and a report to copy for the helpdesk.</source>
        <translation>这台电脑掌握的读卡器信息，以及可以复制给服务台的报告。</translation>
    </message>
    <message>
        <source>Open a saved eID file</source>
        <translation>打开已保存的eID文件</translation>
    </message>
    <message>
        <source>Show the data of an .eid file saved earlier.</source>
        <translation>显示之前保存的 .eid 文件中的数据。</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>插入卡</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>取出卡</translation>
    </message>
    <message>
        <source>Demo person</source>
        <translation>演示人物</translation>
    </message>
    <message>
        <source>Whose virtual card to put in the reader.</source>
        <translation>要把谁的虚拟卡插入读卡器。</translation>
    </message>
    <message>
        <source>Put the chosen person&apos;s virtual card in the reader. A card already in is taken out first.</source>
        <translation>把所选人物的虚拟卡插入读卡器。读卡器中已有的卡会先被取出。</translation>
    </message>
    <message>
        <source>Take the virtual card out of the reader.</source>
        <translation>从读卡器中取出虚拟卡。</translation>
    </message>
    <message>
        <source>through the card reader service (pcscd), reader {reader}</source>
        <translation>经由读卡器服务（pcscd），读卡器 {reader}</translation>
    </message>
    <message>
        <source>in the program&apos;s built-in reader (no pcscd)</source>
        <translation>在程序内置的读卡器中（不使用pcscd）</translation>
    </message>
    <message>
        <source>Demo gateway: {url}</source>
        <translation>演示网关：{url}</translation>
    </message>
    <message>
        <source>Demo gateway: starting</source>
        <translation>演示网关：正在启动</translation>
    </message>
    <message>
        <source>Virtual card {where}. Demo PIN: {pin}. {gateway}</source>
        <translation>虚拟卡{where}。演示PIN码：{pin}。{gateway}</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The check could not be made.</source>
        <translation>无法完成检查。</translation>
    </message>
    <message>
        <source>The card reader software (pcscd) is not running.</source>
        <translation>读卡器软件（pcscd）没有运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n card reader(s) found.</source>
        <translation>
            <numerusform>找到 %n 个读卡器。</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway answers.</source>
        <translation>网关有响应。</translation>
    </message>
    <message>
        <source>The gateway does not answer.</source>
        <translation>网关没有响应。</translation>
    </message>
    <message>
        <source>The report is copied. Paste it into your message to the helpdesk.</source>
        <translation>报告已复制。请把它粘贴到您发给服务台的消息中。</translation>
    </message>
    <message>
        <source>Help and diagnostics</source>
        <translation>帮助与诊断</translation>
    </message>
    <message>
        <source>If something does not work, copy this report and send it to the helpdesk. It holds no personal data.</source>
        <translation>如果有功能无法使用，请复制这份报告发给服务台。报告不含任何个人数据。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Copy the report below, to paste in an e-mail.</source>
        <translation>复制下面的报告，以便粘贴到电子邮件中。</translation>
    </message>
    <message>
        <source>Look at the card readers and the gateway again.</source>
        <translation>重新检查读卡器和网关。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>The technical report for the helpdesk.</source>
        <translation>给服务台的技术报告。</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>{name}，早上好</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>{name}，下午好</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>{name}，晚上好</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translation>
            <numerusform>为保护您的隐私，本次会话将在 %n 秒后结束，您输入的所有内容都会被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>我需要更多时间</translation>
    </message>
    <message>
        <source>Keep the session open and go on where you were.</source>
        <translation>保持会话，从刚才的地方继续。</translation>
    </message>
    <message>
        <source>Are you still there? The session ends soon.</source>
        <translation>您还在吗？会话即将结束。</translation>
    </message>
    <message>
        <source>A member of staff has been called and will come to you.</source>
        <translation>已呼叫工作人员，他们会过来帮助您。</translation>
    </message>
    <message>
        <source>The session has ended. Everything you entered has been deleted.</source>
        <translation>会话已结束。您输入的所有内容均已删除。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My road</source>
        <translation>我的人生之路</translation>
    </message>
    <message>
        <source>Your road of life and the services that matter now.</source>
        <translation>您的人生之路，以及现在与您相关的服务。</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>我的办理事项</translation>
    </message>
    <message>
        <source>Forms you sent and where they stand.</source>
        <translation>您提交的表格及其办理进度。</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Letters and documents the government sent you.</source>
        <translation>政府发给您的信件和文件。</translation>
    </message>
    <message>
        <source>My eID</source>
        <translation>我的eID</translation>
    </message>
    <message>
        <source>What your card holds, its checks, your PIN.</source>
        <translation>您卡上的信息、检查结果和PIN码。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language, text size, contrast, card reader.</source>
        <translation>语言、文字大小、对比度、读卡器。</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Check the card reader and copy a report for the helpdesk.</source>
        <translation>检查读卡器，并复制一份报告给服务台。</translation>
    </message>
    <message>
        <source>Card reader software not running</source>
        <translation>读卡器软件未运行</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>没有读卡器</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>没有卡</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>正在读卡</translation>
    </message>
    <message>
        <source>Card cannot be used</source>
        <translation>卡无法使用</translation>
    </message>
    <message>
        <source>Card of {name}</source>
        <translation>{name}的卡</translation>
    </message>
    <message>
        <source>Citizen Assistant</source>
        <translation>公民助手</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>程序的语言，更改后立即生效。</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <source>A member of staff comes to help you.</source>
        <translation>工作人员会过来帮助您。</translation>
    </message>
    <message>
        <source>{label} ({count} new)</source>
        <translation>{label}（{count} 条新消息）</translation>
    </message>
    <message>
        <source>The card reader software is not running.</source>
        <translation>读卡器软件没有运行。</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>没有连接读卡器。</translation>
    </message>
    <message>
        <source>Card inserted. Reading the card.</source>
        <translation>卡已插入，正在读卡。</translation>
    </message>
    <message>
        <source>This card cannot be used.</source>
        <translation>无法使用这张卡。</translation>
    </message>
    <message>
        <source>Card read. Welcome, {name}.</source>
        <translation>读卡完成。欢迎您，{name}。</translation>
    </message>
    <message>
        <source>The data on this card could not be confirmed.</source>
        <translation>无法确认这张卡上的数据。</translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation>卡已取出。</translation>
    </message>
</context>
<context>
    <name>MyEid</name>
    <message>
        <source>No card has been read yet. Insert your eID card, or open an eID file you saved before.</source>
        <translation>还没有读取任何卡。请插入您的eID卡，或打开之前保存的eID文件。</translation>
    </message>
    <message>
        <source>Opened from the file {name}: nothing in it was verified.</source>
        <translation>从文件 {name} 打开：其中的内容都未经核验。</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed. See the checks below.</source>
        <translation>无法确认这张卡上的数据。请查看下面的检查结果。</translation>
    </message>
    <message>
        <source>My eID</source>
        <translation>我的eID</translation>
    </message>
    <message>
        <source>Test my PIN</source>
        <translation>测试我的PIN码</translation>
    </message>
    <message>
        <source>Check that you remember your PIN. Nothing is signed.</source>
        <translation>确认您还记得自己的PIN码。不会签署任何内容。</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>更改我的PIN码</translation>
    </message>
    <message>
        <source>Choose a new PIN. You need the PIN you use now.</source>
        <translation>设置新的PIN码。您需要输入目前使用的PIN码。</translation>
    </message>
    <message>
        <source>Save as eID file</source>
        <translation>另存为eID文件</translation>
    </message>
    <message>
        <source>Save the card&apos;s data in an .eid file on this computer.</source>
        <translation>把卡上的数据保存到这台电脑上的 .eid 文件中。</translation>
    </message>
    <message>
        <source>Open an eID file</source>
        <translation>打开eID文件</translation>
    </message>
    <message>
        <source>Show the data of an .eid file saved before.</source>
        <translation>显示之前保存的 .eid 文件中的数据。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the card&apos;s data, or save it as PDF.</source>
        <translation>打印卡上的数据，或另存为PDF。</translation>
    </message>
    <message>
        <source>Your PIN is correct.</source>
        <translation>您的PIN码正确。</translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation>您的PIN码已更改。</translation>
    </message>
    <message>
        <source>Follow the instructions in the PIN window.</source>
        <translation>请按PIN码窗口中的提示操作。</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>没有执行任何操作。</translation>
    </message>
    <message>
        <source>eID files (*.eid)</source>
        <translation>eID文件 (*.eid)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>无法保存文件。</translation>
    </message>
    <message>
        <source>This file cannot be opened as an eID file.</source>
        <translation>无法将此文件作为eID文件打开。</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>出生地点</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>国民登记号</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>街道和门牌号</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>邮政编码和市镇</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Opened from a file: nothing in it was verified.</source>
        <translation>从文件打开：其中的内容都未经核验。</translation>
    </message>
    <message>
        <source>Read from the card; its data is signed by the National Register.</source>
        <translation>从卡上读取；数据带有国家登记处的签名。</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed.</source>
        <translation>无法确认这张卡上的数据。</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>打印于{date}</translation>
    </message>
    <message>
        <source>The photo is the one the National Register signed</source>
        <translation>照片与国家登记处签名的照片一致</translation>
    </message>
    <message>
        <source>Identity signed by the National Register</source>
        <translation>身份信息带有国家登记处的签名</translation>
    </message>
    <message>
        <source>Address signed by the National Register</source>
        <translation>地址带有国家登记处的签名</translation>
    </message>
    <message>
        <source>The National Register&apos;s certificate is genuine</source>
        <translation>国家登记处的证书是真实的</translation>
    </message>
    <message>
        <source>The chip proves it is the original card</source>
        <translation>芯片证明这是原始的卡</translation>
    </message>
    <message>
        <source>Authentication (logging in)</source>
        <translation>身份认证（登录）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Citizen CA</source>
        <translation>Citizen CA（证书颁发机构）</translation>
    </message>
    <message>
        <source>Belgium Root CA</source>
        <translation>Belgium Root CA（根证书）</translation>
    </message>
    <message>
        <source>National Register</source>
        <translation>国家登记处</translation>
    </message>
    <message>
        <source>Photo on the card</source>
        <translation>卡上的照片</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Noble title</source>
        <translation>贵族头衔</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Chip number</source>
        <translation>芯片编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发机构</translation>
    </message>
    <message>
        <source>Card software</source>
        <translation>卡软件版本</translation>
    </message>
    <message>
        <source>This card has expired. Ask your town hall for a new one.</source>
        <translation>这张卡已过期。请向您的市政厅申请新卡。</translation>
    </message>
    <message>
        <source>This card expires soon. Your town hall will send you an invitation to renew it.</source>
        <translation>这张卡即将过期。您的市政厅会寄给您换卡通知。</translation>
    </message>
    <message>
        <source>Is this card genuine?</source>
        <translation>这张卡是真的吗？</translation>
    </message>
    <message>
        <source>Not applicable to this card</source>
        <translation>不适用于这张卡</translation>
    </message>
    <message>
        <source>✓ Yes</source>
        <translation>✓ 是</translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation>✗ 否</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>This card has no signature certificate (children&apos;s cards).</source>
        <translation>这张卡没有签名证书（儿童卡）。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>{name}, {start} to {end} ({state})</source>
        <translation>{name}，{start} 至 {end}（{state}）</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter your PIN to sign</source>
        <translation>输入PIN码以签名</translation>
    </message>
    <message>
        <source>Enter your PIN to log in</source>
        <translation>输入PIN码以登录</translation>
    </message>
    <message>
        <source>Test your PIN</source>
        <translation>测试您的PIN码</translation>
    </message>
    <message>
        <source>Enter your current PIN</source>
        <translation>输入您当前的PIN码</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>设置新的PIN码</translation>
    </message>
    <message>
        <source>Your signature with the card has the same legal force as your handwritten signature.</source>
        <translation>用卡签名与您的手写签名具有同等法律效力。</translation>
    </message>
    <message>
        <source>The PIN proves to the government service that it is you.</source>
        <translation>PIN码向政府部门证明是您本人。</translation>
    </message>
    <message>
        <source>The card checks the PIN. Nothing is signed or sent.</source>
        <translation>卡会核对PIN码。不会签署或发送任何内容。</translation>
    </message>
    <message>
        <source>To change your PIN, first enter the PIN you use now.</source>
        <translation>要更改PIN码，请先输入您目前使用的PIN码。</translation>
    </message>
    <message>
        <source>Your new PIN has 4 to 12 digits. Type it twice.</source>
        <translation>新的PIN码由4到12位数字组成。请输入两次。</translation>
    </message>
    <message>
        <source>A wrong PIN uses up one of your three tries.</source>
        <translation>输错一次PIN码会用掉三次机会中的一次。</translation>
    </message>
    <message>
        <source>This is your last try. If the PIN is wrong, the card is blocked and only your town hall can unblock it with your PUK letter.</source>
        <translation>这是您最后一次机会。如果PIN码错误，卡将被锁定，只有市政厅能凭您的PUK码信件解锁。</translation>
    </message>
    <message numerus="yes">
        <source>You have %n tries left. After three wrong PINs in a row the card is blocked; your town hall can unblock it with your PUK letter.</source>
        <translation>
            <numerusform>您还有 %n 次机会。连续输错三次PIN码后，卡将被锁定；市政厅可以凭您的PUK码信件为您解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Card reader: {reader}</source>
        <translation>读卡器：{reader}</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN码</translation>
    </message>
    <message>
        <source>The 4 to 12 digit PIN of your eID card. It is not shown on screen.</source>
        <translation>您eID卡的PIN码，4到12位数字。不会在屏幕上显示。</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>再次输入新PIN码</translation>
    </message>
    <message>
        <source>Type the new PIN a second time, to be sure.</source>
        <translation>为确保无误，请再输入一次新PIN码。</translation>
    </message>
    <message>
        <source>Give the PIN to the card.</source>
        <translation>把PIN码交给卡核对。</translation>
    </message>
    <message>
        <source>Close without using the PIN. Nothing is signed.</source>
        <translation>关闭，不使用PIN码。不会签署任何内容。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN码由4到12位数字组成。</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Type them again.</source>
        <translation>两次输入的新PIN码不一致。请重新输入。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Any reader with a card in it</source>
        <translation>任何插有卡的读卡器</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (or http:// for this computer).</source>
        <translation>请输入以 https:// 开头的地址（本机地址可用 http://）。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The gateway answers.</source>
        <translation>网关有响应。</translation>
    </message>
    <message>
        <source>The gateway does not answer. Check the address and your internet connection.</source>
        <translation>网关没有响应。请检查地址和您的网络连接。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>高对比度（黑底白字）</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Some settings are set by your administrator and cannot be changed here.</source>
        <translation>部分设置由管理员设定，无法在此更改。</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>程序的语言，更改后立即生效。</translation>
    </message>
    <message>
        <source>Make all text in the program larger.</source>
        <translation>放大程序中的所有文字。</translation>
    </message>
    <message>
        <source>Bright text on a black background, easier to read for some people.</source>
        <translation>黑色背景上的明亮文字，便于部分人阅读。</translation>
    </message>
    <message>
        <source>The internet address of the government gateway that receives your forms.</source>
        <translation>接收您表格的政府网关的网址。</translation>
    </message>
    <message>
        <source>Use the address typed.</source>
        <translation>使用输入的地址。</translation>
    </message>
    <message>
        <source>Check that the gateway answers at this address.</source>
        <translation>检查网关在此地址是否有响应。</translation>
    </message>
    <message>
        <source>Which card reader to use when there are several.</source>
        <translation>有多个读卡器时使用哪一个。</translation>
    </message>
</context>
</TS>
