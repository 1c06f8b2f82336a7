package boiler

import (
	"strings"
	"testing"
)

// In a crawled page, a call to action in a block of its own with a line the wording
// lists decide is boilerplate, though it reads as prose, when it is the block's one
// line left; a longer line is not, nor two lines left, nor a numbered step over its
// photo's caption.
func TestDecideCallBlocks(t *testing.T) {
	body := `

The ministry said the new plant would start work in the spring and employ about four hundred people.

The opposition said the plan had been approved without a proper study of its costs.`
	tests := []struct{ name, text, want string }{
		{"correction prompt", `date 2025-01-14 The government approved plans for a second terminal at the port on Tuesday, after two years of talks with investors.

Something not right? Tell us about it.
Select the text and press Ctrl+Enter to send it to us.` + body, "TEBBETET"},
		{"channel and handle", `date 2025-01-14 The government approved plans for a second terminal at the port on Tuesday, after two years of talks with investors.

JOIN US ON WHATSAPP
Get the day's top stories from Harbour Post English on your phone` + body, "TEBBETET"},
		{"correction prompt over the outlet's box", `date 2025-01-14 The government approved plans for a second terminal at the port on Tuesday, after two years of talks with investors.

Is something in this story not right? Our editors want to hear about it.
Just select the text and press Ctrl+Enter.
Harbour Post
Harbour Post
Harbour Post has covered the towns of the coast since 2003, from their councils to their courts, independent of any party or owner.` + body, "TEBBBBBETET"},
		{"a call to follow over its handle", `date 2025-01-14 The government approved plans for a second terminal at the port on Tuesday, after two years of talks with investors.

DOŁĄCZ DO NAS NA WHATSAPPIE
Najważniejsze wiadomości z regionu codziennie w Twoim telefonie – wyszukaj kanał „Harbour Post”` + body, "TEBBETET"},
		{"two lines left", `date 2025-01-14 The government approved plans for a second terminal at the port on Tuesday, after two years of talks with investors.

Sign up for our newsletter
The terminal will handle containers from the spring of next year, the port said.
The port reclaimed the land from the sea in the 1990s.` + body, "TEBTTETET"},
		// Thai has no spaces between words: the question counts as the lists count words.
		{"a correction prompt in Thai", `date 2025-01-14 The government approved plans for a second terminal at the port on Tuesday, after two years of talks with investors.

พบข้อผิดพลาดในข่าวนี้หรือไม่? แจ้งกองบรรณาธิการของเราได้ตลอดเวลา
เลือกข้อความที่ผิดแล้วกด Ctrl+Enter` + body, "TEBBETET"},
		{"a numbered step over its photo's caption", `date 2025-01-14 The government approved plans for a second terminal at the port on Tuesday, after two years of talks with investors.

4. In una ciotola lavorate la ricotta con le uova e il parmigiano, aggiungete le bietole e un pizzico di sale.
Foto 4: il ripieno di ricotta e bietole` + body, "TETBETET"},
		{"a long line", `date 2025-01-14 The government approved plans for a second terminal at the port on Tuesday, after two years of talks with investors.

Join us on WhatsApp
The terminal, which will handle containers from the spring of next year, will be built on land that the port reclaimed from the sea in the 1990s.` + body, "TEBTETET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// In a crawled page, an appeal's block between blocks of the site's lines is the
// site's, in any language: a heading or none, a promise, a button.
func TestDecideAppealBlocks(t *testing.T) {
	const lead = `date 2024-05-09 A cooperativa de Vale do Paraúna fechou o maior contrato de exportação de café da sua história, com compradores da Alemanha e do Japão.

Viu algum erro nesta reportagem? Selecione o trecho e tecle Ctrl+Enter.

`
	const tags = `

Tags: café, exportação, cooperativas`
	tests := []struct{ name, text, want string }{
		{"heading, promise and button", lead + `Apoie o jornalismo local
Assine por R$ 9,90 por mês e ajude a manter uma redação independente no interior.
Quero assinar` + tags, "TEBEBBBEB"},
		{"promise and button", lead + `Assine por R$ 9,90 por mês e ajude a manter uma redação independente no interior.
Quero assinar` + tags, "TEBEBBEB"},
		{"a call alone", lead + `Assine e receba as notícias do campo toda semana no seu celular.` + tags, "TEBEBEB"},
		{"between the text's paragraphs, under a heading the wording decides", lead + `A cooperativa comprou um secador novo para a safra deste ano, com ajuda do banco regional.

Simule o seu crédito
Com uma entrada de 20% e um prazo de dez anos, a parcela de um secador como este fica em cerca de R$ 3.100 por mês.
Pedir uma proposta ao banco

O secador começa a funcionar em junho, antes da colheita.` + tags, "TEBETEBBBETEB"},
		{"a paragraph and its signature", lead + `A cooperativa espera dobrar as vendas ao exterior até 2027, disse o presidente.
Carlos Menezes, Paraúna` + tags, "TEBETTEB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
	// An item of a price list over its price is no promise over a button, whatever
	// decides them.
	prices := lead + "วัคซีนรวมสุนัขและแมวประจำปีทุกชนิด\n450 บาท" + tags
	for _, d := range (*Corpus)(nil).Decide(Page{Text: prices}, DefaultThreshold) {
		if strings.Contains(d.Reason, "appeal") {
			t.Errorf("line %d: reason %q, want no appeal's", d.Line+1, d.Reason)
		}
	}
}
